using System.Globalization;
using System.Text;

namespace SummEval.Reports.Html;

/// <summary>
/// Escaping and number formatting for the report: HTML text and attributes, and JSON that is safe inside a
/// <c>&lt;script&gt;</c> element. Numbers always use the invariant culture so output is byte-identical everywhere.
/// </summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> escaped for HTML text or a double-quoted attribute.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder builder, string? text)
    {
        if (text is null)
        {
            return builder;
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder;
    }

    /// <summary>The text escaped for HTML.</summary>
    public static string Escape(string? text) => new StringBuilder().AppendEscaped(text).ToString();

    /// <summary>
    /// Appends a JSON string literal that cannot end a script element or open a comment: <c>&lt;</c>, <c>&gt;</c>
    /// and <c>&amp;</c> become <c>\u003c</c> and friends, so <c>&lt;/script&gt;</c> and <c>&lt;!--</c> never appear.
    /// Lone surrogates are kept as escapes rather than silently replaced when the page is encoded as UTF-8.
    /// </summary>
    public static StringBuilder AppendJsonString(this StringBuilder builder, string? text)
    {
        if (text is null)
        {
            return builder.Append("null");
        }

        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    AppendUnicodeEscape(builder, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendUnicodeEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    /// <summary>A JSON number with up to <paramref name="decimals"/> decimals, or <c>null</c> when not finite.</summary>
    public static string JsonNumber(double value, int decimals = 4) =>
        double.IsFinite(value) ? Math.Round(value, decimals).ToString("0.#######", CultureInfo.InvariantCulture) : "null";

    /// <summary>A fixed-decimals display number, or an em dash when not finite.</summary>
    public static string Fixed(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "—";

    /// <summary>An SVG coordinate: at most two decimals, invariant culture.</summary>
    public static string Coord(double value) =>
        Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An integer in the invariant culture.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
