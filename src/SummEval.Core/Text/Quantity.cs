using System.Globalization;

namespace SummEval.Text;

/// <summary>
/// A count with its English noun in the matching number, "1 document" but "2 documents", so that messages and reports
/// never say "1 documents".
/// </summary>
public static class Quantity
{
    /// <summary>
    /// The count and the noun: <paramref name="singular"/> for exactly one, else <paramref name="plural"/> (by default the
    /// singular with an "s").
    /// </summary>
    public static string Of(long count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Noun(count, singular, plural);

    /// <summary>The noun alone in the number <paramref name="count"/> asks for, when the count is written apart (formatted, or "3 of 40 documents").</summary>
    public static string Noun(long count, string singular, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(singular);
        return count == 1 ? singular : plural ?? singular + "s";
    }
}
