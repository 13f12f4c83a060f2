using SummEval.Extractive.Normalization;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A Latin gloss in brackets right after a Han word: an abbreviation or a name in letters (<c>长短期记忆网络(LSTM)</c>,
/// <c>选区激光熔化（SLM）</c>, <c>无花果(Ficus carica L.)</c>, <c>(P&lt;0.05)</c>), with no Han character and no bracket inside.
/// After <c>为</c>, <c>是</c>, <c>达</c>, <c>至</c> or <c>约</c> a bracket is a value, and stays. A title rarely keeps a gloss
/// (1 % of CSL train's and 2 % of the multi-domain dev titles hold a bracket at all), so textrank's sentences go without
/// them and their characters are left for words.
/// </summary>
internal static class LatinGlosses
{
    /// <summary><paramref name="sentence"/> without its Latin glosses; the sentence itself when it has none.</summary>
    public static string Without(string sentence)
    {
        var at = sentence.AsSpan().IndexOfAny('(', '（');
        if (at < 0)
        {
            return sentence;
        }

        // A gloss holds no bracket, so the next one opens after the one before ends.
        var kept = new System.Text.StringBuilder(sentence.Length);
        var from = 0;
        for (; at >= 0; at = Next(sentence, at + 1))
        {
            if (GlossEnd(sentence, at) is var end and > 0)
            {
                kept.Append(sentence, from, at - from);
                from = end;
            }
        }

        return from == 0 ? sentence : kept.Append(sentence, from, sentence.Length - from).ToString();
    }

    private static int Next(string sentence, int from)
    {
        var next = sentence.AsSpan(from).IndexOfAny('(', '（');
        return next < 0 ? -1 : from + next;
    }

    private const string ValueVerbs = "为是达至约";

    // The offset just past the gloss that opens at `open`, or 0 when none does there.
    private static int GlossEnd(string sentence, int open)
    {
        // After a copula or a verb of value the bracket is the value itself (色坐标均为(x=0.18,y=0.19)), no gloss.
        if (open == 0 || !HanScript.IsHan(sentence[open - 1]) || ValueVerbs.Contains(sentence[open - 1]))
        {
            return 0;
        }

        var close = sentence.AsSpan(open + 1).IndexOfAny(')', '）');
        if (close <= 0)
        {
            return 0;
        }

        var inner = sentence.AsSpan(open + 1, close);
        return inner.IndexOfAny('(', '（') < 0 && !HanScript.Contains(inner) && (inner.ContainsAnyInRange('A', 'Z') || inner.ContainsAnyInRange('a', 'z'))
            ? open + close + 2
            : 0;
    }
}
