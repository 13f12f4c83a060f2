using SummEval.Compressive.Features;
using SummEval.Extractive.TextRank;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// Words that open a subordinate clause (<c>由于…</c>, <c>随着…</c>, <c>为了…</c>) or a localizer whose noun was dropped
/// (<c>车联网环境|下|基于…</c>, <c>大数据|下|的…</c>): a summary that opens on one is a fragment of the abstract's
/// sentence, never a title.
/// </summary>
internal static class ClauseOpeners
{
    // No title of CSL train or multi-domain dev opens on one of these (as a jieba word); held-out summaries did
    // (由于路堤下桩承式加筋复合地基, 由于社会的不断进步发展城市道路立体绿化).
    private static readonly HashSet<string> Subordinators = ["由于", "因为", "随着", "为了", "鉴于", "虽然", "尽管", "如果", "即使"];

    /// <summary>Whether <paramref name="word"/> opens a subordinate clause: it waits for the clause, so it neither opens nor ends a title.</summary>
    public static bool IsSubordinator(string word) => Subordinators.Contains(word);

    /// <summary>
    /// Whether the summary's first kept word (<paramref name="kept"/>[<paramref name="first"/>]) is to be dropped: a
    /// subordinator, a one-character localizer (jieba's <c>f</c>) right before <c>的</c> or <c>基于</c>, or the classifier of a
    /// demonstrative the summary dropped (这|款笔记本…, <see cref="ClauseRoles.IsDemonstrativeWithClassifier"/>).
    /// </summary>
    public static bool Opens(IReadOnlyList<AnalyzedWord> words, int[] kept, int first, int last)
    {
        var word = words[kept[first]];
        if (word.Text.Length > 1)
        {
            return IsSubordinator(word.Text);
        }

        if (kept[first] > 0 && ClauseRoles.IsDemonstrativeWithClassifier(words[kept[first] - 1].Text, word.Text))
        {
            return true;
        }

        // Alone, a localizer often begins a name (后牙, 中西方, 下变频器); before 的 or 基于 it closes a dropped phrase.
        return word.Flag is "f" && first < last && kept[first + 1] == kept[first] + 1 && words[kept[first + 1]].Text is "的" or "基于";
    }
}
