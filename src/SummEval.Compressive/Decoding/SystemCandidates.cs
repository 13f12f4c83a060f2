using SummEval.Compressive.Features;
using SummEval.Extractive.Selection;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Jieba.Keywords;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The summaries of other cheap, unsupervised summarizers of the same document, for system combination by minimum
/// Bayes risk (<see cref="CandidateSelection.SystemCandidates"/>, <see cref="CandidateSelection.SystemWeight"/>):
/// textrank's default summary, the first sentence cut where it stands alone, and the objective clause (the topic after the
/// first trigger such as 探讨 or 提出) cut the same way. Each is also given as the document's words it keeps, so it can
/// compete as a candidate like the decodes.
/// </summary>
/// <param name="TextRank">textrank's summary as textrank writes it (the consensus evidence).</param>
/// <param name="TextRankWords">textrank's summary mapped onto the document's words (in-order greedy match).</param>
/// <param name="Lead">The first sentence's words within the budget, cut where the piece stands alone.</param>
/// <param name="Objective">The objective clause's words within the budget, cut the same way.</param>
public sealed record SystemCandidates(string TextRank, int[] TextRankWords, int[] Lead, int[] Objective)
{
    // The topic of an abstract follows these; 针对 and 基于 open it themselves ("针对X问题", "基于X的Y").
    private static readonly HashSet<string> Triggers =
        ["提出", "探讨", "研究", "分析", "观察", "评价", "探究", "探索", "考察", "调查", "揭示", "阐述", "评估", "比较", "针对", "基于"];

    private static readonly HashSet<string> OpenTopic = ["针对", "基于"];

    // textrank as `-s textrank` runs it (default options, Jieba words, Jieba's IDF), through its public API.
    private static readonly Lazy<TextRankSummarizer> DefaultTextRank = new(() =>
        new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions(), TfidfKeywordExtractor.Default.Idf.Of));

    /// <summary>The three systems' summaries of <paramref name="document"/> within <paramref name="budget"/> code points.</summary>
    public static SystemCandidates Of(AnalyzedDocument document, int budget)
    {
        ArgumentNullException.ThrowIfNull(document);
        var textRank = DefaultTextRank.Value.Summarize(document.Source, budget);
        return new SystemCandidates(textRank, Map(document, textRank), LeadSentence(document, budget), ObjectiveClause(document, budget));
    }

    /// <summary>The words of <paramref name="document"/> that spell <paramref name="text"/> in order (greedy), without punctuation at either end.</summary>
    public static int[] Map(AnalyzedDocument document, string text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        var words = document.Words;
        var kept = new List<int>();
        var position = 0;
        for (var i = 0; i < words.Count && position < text.Length; i++)
        {
            var word = words[i].Text;
            if (string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
            {
                kept.Add(i);
                position += word.Length;
            }
        }

        return TrimPunctuation(document, kept);
    }

    /// <summary>
    /// The first sentence's words within <paramref name="budget"/>, section labels and punctuation at its start skipped,
    /// cut where the piece stands alone (<see cref="WellFormedCut"/>).
    /// </summary>
    public static int[] LeadSentence(AnalyzedDocument document, int budget)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        return Cut(document, SkipOpening(document, Enumerable.Range(0, words.Count).TakeWhile(i => words[i].Sentence == words[0].Sentence).ToList()), budget);
    }

    /// <summary>
    /// The objective clause: the words after the first topic trigger (from it for 针对 and 基于) to the end of its clause,
    /// or the first sentence when there is none; section labels, punctuation and 了/的 at its start skipped; cut to
    /// <paramref name="budget"/> where the piece stands alone.
    /// </summary>
    public static int[] ObjectiveClause(AnalyzedDocument document, int budget)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        var trigger = -1;
        for (var i = 0; i < words.Count && trigger < 0; i++)
        {
            trigger = Triggers.Contains(words[i].Text) ? i : -1;
        }

        var clause = new List<int>();
        if (trigger < 0)
        {
            clause.AddRange(Enumerable.Range(0, words.Count).TakeWhile(i => words[i].Sentence == words[0].Sentence));
        }
        else
        {
            var start = OpenTopic.Contains(words[trigger].Text) ? trigger : trigger + 1;
            for (var i = start; i < words.Count && words[i].Sentence == words[trigger].Sentence && (i == start || words[i].Clause == words[trigger].Clause); i++)
            {
                clause.Add(i);
            }
        }

        return Cut(document, SkipOpening(document, clause), budget);
    }

    // Section labels, punctuation and 了/的 cannot open a summary.
    private static IEnumerable<int> SkipOpening(AnalyzedDocument document, List<int> words) =>
        words.SkipWhile(i => document.Words[i].IsPunctuation || SectionLabels.IsLabelOnly(document.Words[i].Text) || document.Words[i].Text is "了" or "的");

    // The longest prefix of the words within the budget, backed off to where it stands alone (the whole prefix when no
    // cut does), without trailing punctuation.
    private static int[] Cut(AnalyzedDocument document, IEnumerable<int> candidates, int budget)
    {
        var words = document.Words;
        var prefix = new List<int>();
        var ends = new List<int>();
        var used = 0;
        foreach (var i in candidates)
        {
            if (used + words[i].Length > budget)
            {
                break;
            }

            used += words[i].Length;
            prefix.Add(i);
            ends.Add((ends.Count > 0 ? ends[^1] : 0) + words[i].Text.Length);
        }

        if (prefix.Count == 0)
        {
            return [];
        }

        var count = WellFormedCut.Count(string.Concat(prefix.Select(i => words[i].Text)), ends, prefix.Count);
        var kept = prefix.Take(count == 0 ? prefix.Count : count).ToList();
        while (kept.Count > 0 && words[kept[^1]].IsPunctuation)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return [.. kept];
    }

    private static int[] TrimPunctuation(AnalyzedDocument document, List<int> kept)
    {
        var first = 0;
        var last = kept.Count - 1;
        while (first <= last && document.Words[kept[first]].IsPunctuation)
        {
            first++;
        }

        while (last >= first && document.Words[kept[last]].IsPunctuation)
        {
            last--;
        }

        return [.. kept.Skip(first).Take(last - first + 1)];
    }
}
