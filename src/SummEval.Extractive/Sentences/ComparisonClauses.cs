namespace SummEval.Extractive.Sentences;

/// <summary>
/// A clause that states a comparison whose subject the clause before holds (<c>…总产量达到14130亿斤，比上年增加120亿斤</c>,
/// <c>…营业收入45.3亿元，同比下降12.4%</c>, <c>…净利润为-2.1亿元，上年同期为盈利3.8亿元</c>): alone it says what changed without
/// saying what, and after another piece it reads as that piece's figure.
/// </summary>
internal static class ComparisonClauses
{
    // The period or group compared with, alone or after 较 (较上年末下降…); 较 alone is also a degree adverb (较好地解决了…).
    private static readonly string[] Openings = ["上年同期", "去年同期", "较上年", "较去年", "较上月", "较上季度", "较同期", "较年初", "较对照"];

    /// <summary>
    /// Whether <paramref name="clause"/> (text between commas), whose first token is <paramref name="first"/>, opens on
    /// the comparison's <c>比</c>, <c>同比</c> or <c>环比</c>, or on the period or group compared with (<c>上年同期</c>, <c>较上年</c>, <c>较对照组</c>).
    /// </summary>
    internal static bool IsComparison(ReadOnlySpan<char> clause, string first)
    {
        if (first is "比" or "同比" or "环比")
        {
            return true;
        }

        // Asked of every clause: most open on none of the openings' characters.
        clause = clause.TrimStart();
        if (clause.IsEmpty || clause[0] is not ('上' or '去' or '较'))
        {
            return false;
        }

        foreach (var opening in Openings)
        {
            if (clause.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
