using SummEval.Compressive.Features;
using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// What the source denies is never asserted (stop 61): a word kept after a negation the summary leaves out, in the negation's
/// clause, says the opposite (尚未发现|二甲双胍能够降低…风险 kept as 二甲双胍降低…风险, 非|离子型造影剂 as 离子型造影剂, 不|平衡数据 as
/// 平衡数据), and a negation kept without the word it negates denies something else (无|参考质量评估 kept as 无质量评估). What the source
/// calls false is denied the same way (stop 62): 冒充|公安机关工作人员实施诈骗 kept as 公安机关工作人员实施诈骗 accuses the police. So is
/// what it gives as a popular belief (stop 63): 许多人认为|多吃维生素C可以预防感冒 kept as 多吃维生素C预防感冒 asserts the myth a text
/// goes on to refute.
/// </summary>
internal static class Negations
{
    // The marks that end a negation's clause.
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，,；;。！!？?");

    /// <summary>The positions of the document's negation words in order, or null when it has none (most documents).</summary>
    internal static int[]? Of(IReadOnlyList<AnalyzedWord> words)
    {
        List<int>? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (IsNegation(words[i].Text) || IsHardTo(words, i) || IsShortOf(words, i) || IsPopularBelief(words, i) || PopularBeliefs.IsRumor(words[i].Text))
            {
                (found ??= []).Add(i);
            }
        }

        return found?.ToArray();
    }

    /// <summary>
    /// The first violation among the negations within [<paramref name="start"/>, <paramref name="end"/>) of the ascending
    /// <paramref name="kept"/> words: (i + 1, i + 1) for a negation i kept without its next word (forbid the negation), (i + 1, to)
    /// for one left out with a kept word in its scope up to its clause's end (forbid the scope); (-1, -1) when there is none.
    /// </summary>
    internal static (int From, int To) Violation(IReadOnlyList<AnalyzedWord> words, int[]? negations, int[] kept, int start, int end)
    {
        foreach (var i in negations ?? [])
        {
            if (i < start || i >= end)
            {
                continue;
            }

            // A popular belief's or a rumor's comma (人们普遍认为，|喝咖啡会…, 有传言称，|某品牌…) leads to what is believed: the scope is
            // the clause after it.
            var first = BeliefCommaAt(words, i) is var comma and > 0 ? comma + 1 : i + 1;
            var to = first;
            while (to < end && words[to].Sentence == words[i].Sentence && !(words[to].IsPunctuation && words[to].Text.AsSpan().IndexOfAny(ClauseEnds) >= 0))
            {
                to++;
            }

            if (IsKept(kept, i))
            {
                if (to == first || !IsKept(kept, first))
                {
                    return (i + 1, i + 1);
                }

                continue;
            }

            // The kept words are ascending: the first at or after the scope's start is in the scope when it comes before its end.
            var next = Array.BinarySearch(kept, first);
            next = next < 0 ? ~next : next;
            if (next < kept.Length && kept[next] < to)
            {
                return (first, to);
            }
        }

        return (-1, -1);
    }

    private static bool IsKept(int[] kept, int word) => Array.BinarySearch(kept, word) >= 0;

    // The comma that sets off a popular belief's verb or a rumor's word at i (a rumor's 称, 说 or 消息 may stand between), when
    // more of the sentence follows it; else -1.
    private static int BeliefCommaAt(IReadOnlyList<AnalyzedWord> words, int i)
    {
        var rumor = PopularBeliefs.IsRumor(words[i].Text);
        if (!rumor && !IsPopularBelief(words, i))
        {
            return -1;
        }

        var comma = i + 1 < words.Count && rumor && PopularBeliefs.IsRumorTail(words[i + 1].Text) ? i + 2 : i + 1;
        return comma + 1 < words.Count && words[comma].Text is "，" or "," ? comma : -1;
    }

    // Less than a number (使用不到|一个月就出现故障, 占比不足|30%): without it the number is what was reached. Before other words 不足 is
    // a noun (弥补了传统方法的不足).
    private static bool IsShortOf(IReadOnlyList<AnalyzedWord> words, int i) =>
        words[i].Text is "不到" or "不足" && i + 1 < words.Count && words[i + 1].Flag.StartsWith('m');

    // A belief the text gives to people at large (许多人认为, 人们普遍认为, 不少人误以为, 很多人都以为): often the myth it goes on to refute,
    // and never the text's own claim. The author's 本文认为 is framing, and stays droppable.
    private static bool IsPopularBelief(IReadOnlyList<AnalyzedWord> words, int i) => BelieverAt(words, i) >= 0;

    /// <summary>
    /// The first word of the people a popular belief's verb at <paramref name="i"/> is given to (许多|人|认为: the index of 许多), or
    /// -1 when word i is no such verb. Compounds keeps them with the verb: 人认为… alone is no one.
    /// </summary>
    internal static int BelieverAt(IReadOnlyList<AnalyzedWord> words, int i)
    {
        if (!PopularBeliefs.IsVerb(words[i].Text))
        {
            return -1;
        }

        var j = i - 1;
        if (j > 0 && words[j].Flag == "d" && !words[j].IsPunctuation)
        {
            j--;
        }

        if (j < 0)
        {
            return -1;
        }

        if (PopularBeliefs.IsPeople(words[j].Text))
        {
            return j;
        }

        return words[j].Text == "人" && j > 0 && PopularBeliefs.IsCount(words[j - 1].Text) ? j - 1 : -1;
    }

    // jieba's tagger cuts 很难 into 很|难: 难 after a degree adverb, with a verb to follow, says it is hardly done (教师很难|调动学生…);
    // at a clause's end it is an adjective (这个问题很难。).
    private static bool IsHardTo(IReadOnlyList<AnalyzedWord> words, int i) =>
        words[i].Text == "难" && i > 0 && words[i - 1].Text is "很" or "较" or "更" or "极" or "十分" or "非常" or "比较"
            && i + 1 < words.Count && !words[i + 1].IsPunctuation;

    // Words that deny what follows them in their clause, as jieba keeps them apart (不|平衡, 非|离子型, 无|参考, 尚未|发现).
    private static bool IsNegation(string word) =>
        word is "不" or "未" or "没" or "没有" or "尚未" or "并未" or "并不" or "从未" or "从不" or "不能" or "未能" or "无法" or "不会" or "不可"
            or "不是" or "并非" or "绝非" or "不再" or "不宜" or "不得" or "无需" or "不必" or "未曾" or "不曾" or "无" or "非"
            // A false claim or a forgery: what follows is not so (谎称|自己是银行工作人员, 伪造|公章).
            or "谎称" or "假称" or "伪称" or "佯称" or "诈称" or "冒称" or "冒充" or "假冒" or "假借" or "假装" or "伪造"
            // What cannot be done, is lacking, or is refused or prevented (很难|调动学生学习知识, 缺乏|有效监管, 拒绝|退货, 避免|过度治疗).
            or "难以" or "很难" or "难于" or "缺乏" or "缺少" or "拒绝" or "禁止" or "严禁" or "杜绝" or "否认" or "避免" or "防止"
            // Negations jieba's tagger keeps with the verb they deny (不利于|植物生长, 无助于|改善, 未予|处理).
            or "未必" or "不利于" or "不足以" or "无助于" or "无从" or "未予";
}
