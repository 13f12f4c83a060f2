namespace SummEval.Extractive.Sentences;

/// <summary>
/// A belief a text gives to people at large (<c>许多人认为</c>, <c>人们普遍认为，</c>, <c>不少人误以为</c>) or a rumor (<c>网传</c>, <c>据传</c>,
/// <c>有传言称，</c>): often the myth the text goes on to refute, and never its own claim, so no summary states what is believed
/// without who believes it. The author's own view (<c>本文认为</c>) is framing, not a belief of this kind.
/// </summary>
public static class PopularBeliefs
{
    private static readonly string[] Verbs = ["误认为", "误以为", "普遍认为", "认为", "以为", "觉得", "相信", "担心"];

    private static readonly string[] People = ["大多数人", "许多人", "很多人", "不少人", "多数人", "一些人", "有些人", "部分人", "人们", "有人", "公众", "大众", "民众"];

    private static readonly string[] Counts = ["大多数", "许多", "很多", "不少", "多数", "一些", "有些", "部分"];

    // Adverbs between the people and the verb (人们普遍认为, 很多人都以为).
    private static readonly string[] Adverbs = ["普遍", "一直", "往往", "通常", "常常", "大多", "都", "总", "也"];

    private static readonly string[] Rumors = ["网传", "据传", "传言", "传闻", "谣传"];

    // What a rumor's word is followed by before its comma (有传言称，, 据网传消息，).
    private static readonly string[] RumorTails = ["称", "说", "消息"];

    /// <summary>Whether <paramref name="word"/> names a rumor (<c>网传</c>, <c>据传</c>, <c>传言</c>, <c>传闻</c>, <c>谣传</c>).</summary>
    public static bool IsRumor(string word) => Array.IndexOf(Rumors, word) >= 0;

    /// <summary>Whether <paramref name="word"/> may stand between a rumor's word and its comma (<c>称</c>, <c>说</c>, <c>消息</c>).</summary>
    public static bool IsRumorTail(string word) => Array.IndexOf(RumorTails, word) >= 0;

    /// <summary>Whether <paramref name="word"/> is a verb of belief (<c>认为</c>, <c>以为</c>, <c>相信</c>, <c>担心</c>, <c>误以为</c>, ...).</summary>
    public static bool IsVerb(string word) => Array.IndexOf(Verbs, word) >= 0;

    /// <summary>Whether <paramref name="word"/> names people at large (<c>人们</c>, <c>有人</c>, <c>许多人</c>, <c>公众</c>, ...).</summary>
    public static bool IsPeople(string word) => Array.IndexOf(People, word) >= 0;

    /// <summary>Whether <paramref name="word"/> counts people when <c>人</c> follows it apart (jieba's <c>许多|人</c>, <c>大多数|人</c>).</summary>
    public static bool IsCount(string word) => Array.IndexOf(Counts, word) >= 0;

    /// <summary>
    /// <paramref name="sentence"/> without the comma right after a popular belief's verb or a rumor's word, so the belief and what is
    /// believed are one clause (<c>人们普遍认为，喝咖啡会诱发心律失常</c> reads <c>人们普遍认为喝咖啡会诱发心律失常</c>, <c>据网传消息，某地…</c>
    /// <c>据网传消息某地…</c>); the sentence itself when it has none.
    /// </summary>
    public static string Joined(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var comma = sentence.AsSpan().IndexOfAny('，', ',');
        if (comma < 0)
        {
            return sentence;
        }

        System.Text.StringBuilder? joined = null;
        var from = 0;
        for (; comma >= 0; comma = NextComma(sentence, comma + 1))
        {
            // Runs on every sentence textrank reads: most commas follow none of the words' last characters.
            if (comma > 0 && LastCharacters.Contains(sentence[comma - 1])
                && (EndsOnBelief(sentence.AsSpan(0, comma)) || EndsOnRumor(sentence.AsSpan(0, comma))))
            {
                joined ??= new System.Text.StringBuilder(sentence.Length);
                joined.Append(sentence, from, comma - from);
                from = comma + 1;
            }
        }

        return joined is null ? sentence : joined.Append(sentence, from, sentence.Length - from).ToString();
    }

    // The last characters of the verbs, the rumors and their tails (为 信 心 得 传 言 闻 称 说 息).
    private static readonly System.Buffers.SearchValues<char> LastCharacters =
        System.Buffers.SearchValues.Create([.. Verbs.Concat(Rumors).Concat(RumorTails).Select(w => w[^1]).Distinct()]);

    private static int NextComma(string sentence, int start)
    {
        var at = sentence.AsSpan(start).IndexOfAny('，', ',');
        return at < 0 ? -1 : start + at;
    }

    // Whether text ends on people at large, perhaps an adverb, and a verb of belief (许多人认为, 人们普遍认为).
    private static bool EndsOnBelief(ReadOnlySpan<char> text)
    {
        foreach (var verb in Verbs)
        {
            if (!text.EndsWith(verb, StringComparison.Ordinal))
            {
                continue;
            }

            var before = text[..^verb.Length];
            foreach (var adverb in Adverbs)
            {
                if (before.EndsWith(adverb, StringComparison.Ordinal) && EndsOnPeople(before[..^adverb.Length]))
                {
                    return true;
                }
            }

            return EndsOnPeople(before);
        }

        return false;
    }

    // Whether text ends on a rumor's word, perhaps with its tail (网传, 有传言称, 据网传消息).
    private static bool EndsOnRumor(ReadOnlySpan<char> text)
    {
        foreach (var tail in RumorTails)
        {
            if (text.EndsWith(tail, StringComparison.Ordinal))
            {
                text = text[..^tail.Length];
                break;
            }
        }

        foreach (var rumor in Rumors)
        {
            if (text.EndsWith(rumor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsOnPeople(ReadOnlySpan<char> text)
    {
        foreach (var people in People)
        {
            if (text.EndsWith(people, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
