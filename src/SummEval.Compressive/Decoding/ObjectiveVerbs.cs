using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The verbs that open an abstract's objective (<c>研究…</c>, <c>探讨…</c>, <c>深入分析…</c>, <c>观察…的疗效</c>) and never a
/// title: a summary that keeps one as its first word reads as the abstract's sentence, not as its title
/// (<c>研究炭黑对锌空气电池扩散电极电性能的影响</c>).
/// </summary>
internal static class ObjectiveVerbs
{
    // No title of CSL train or multi-domain dev opens on one of these (as a jieba word), while 39 held-out summaries opened on 研究.
    private static readonly HashSet<string> Verbs =
    [
        "研究", "分析", "探讨", "探究", "观察", "调查", "考察", "评价", "评估", "测定", "阐述", "论述", "综述", "概述", "总结",
        "讨论", "介绍", "揭示", "阐明", "探明", "查明", "梳理", "试验",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    // Adverbs that frame such a verb (初步|探讨, 深入分析): dropped with it, never alone (初步设计 is a stage).
    private static readonly string[] Adverbs = ["深入", "初步", "进一步", "详细", "简要", "重点", "着重", "全面"];

    /// <summary>
    /// How many of the summary's first kept words (<paramref name="kept"/>[<paramref name="first"/>..<paramref name="last"/>])
    /// are an objective verb with its adverb: 0, 1 or 2.
    /// </summary>
    public static int Opening(IReadOnlyList<AnalyzedWord> words, int[] kept, int first, int last)
    {
        var word = words[kept[first]].Text;
        return IsVerb(word) ? 1
            : first < last && kept[first + 1] == kept[first] + 1 && Adverbs.Contains(word) && IsVerb(words[kept[first + 1]].Text) ? 2
            : 0;
    }

    // The verb alone, or as jieba keeps it with its adverb (深入分析, 详细分析).
    private static bool IsVerb(string word)
    {
        if (Verbs.Contains(word))
        {
            return true;
        }

        foreach (var adverb in Adverbs)
        {
            if (word.Length > adverb.Length && word.StartsWith(adverb, StringComparison.Ordinal) && VerbLookup.Contains(word.AsSpan(adverb.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
