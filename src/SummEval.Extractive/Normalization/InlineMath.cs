namespace SummEval.Extractive.Normalization;

/// <summary>
/// TeX math pasted into an abstract (<c>$\ell_1$</c>, <c>$$…$$</c>, <c>\(…\)</c>, <c>\[…\]</c>): a formula is one unit a
/// summary keeps whole or leaves out, never cuts into.
/// </summary>
/// <remarks>
/// A <c>$</c> opens math only with a non-space character after it and closes it only with a non-space character before
/// it and no digit after it (Pandoc's rule), so prices such as <c>$5 and $6</c> are not math; <c>\$</c> is a dollar sign.
/// A span never crosses a line break or a Chinese sentence end, and an opener with no closer is text.
/// </remarks>
public static class InlineMath
{
    /// <summary>The math spans of <paramref name="text"/>, as (start, end) UTF-16 offsets, delimiters included, in order.</summary>
    public static IReadOnlyList<(int Start, int End)> Spans(ReadOnlySpan<char> text)
    {
        if (!MayHaveMath(text))
        {
            return [];
        }

        var spans = new List<(int Start, int End)>();

        var i = 0;
        while (i < text.Length)
        {
            var end = SpanEnd(text, i);
            if (end > i)
            {
                spans.Add((i, end));
                i = end;
            }
            else
            {
                i += text[i] == '\\' ? 2 : 1;
            }
        }

        return spans;
    }

    /// <summary>
    /// The start of the math span that <paramref name="offset"/> falls strictly inside (a cut there would split the
    /// formula), or -1. Does not allocate.
    /// </summary>
    public static int SpanAround(ReadOnlySpan<char> text, int offset)
    {
        if (!MayHaveMath(text))
        {
            return -1;
        }

        var i = 0;
        while (i < offset && i < text.Length)
        {
            var end = SpanEnd(text, i);
            if (end > i)
            {
                if (offset < end)
                {
                    return i;
                }

                i = end;
            }
            else
            {
                i += text[i] == '\\' ? 2 : 1;
            }
        }

        return -1;
    }

    // Most text has neither a dollar sign nor a backslash: one vectorised search and no scan.
    private static bool MayHaveMath(ReadOnlySpan<char> text) => text.IndexOfAny('$', '\\') >= 0;

    // The end (exclusive) of a math span opening at start, or start when none opens there.
    private static int SpanEnd(ReadOnlySpan<char> text, int start)
    {
        if (text[start] == '\\')
        {
            if (start + 1 >= text.Length || text[start + 1] is not ('(' or '['))
            {
                return start;
            }

            var closer = text[start + 1] == '(' ? ")" : "]";
            for (var j = start + 2; j + 1 < text.Length && !EndsSpan(text[j]); j++)
            {
                if (text[j] == '\\' && text[j + 1] == closer[0])
                {
                    return j + 2;
                }
            }

            return start;
        }

        if (text[start] != '$')
        {
            return start;
        }

        var display = start + 1 < text.Length && text[start + 1] == '$';
        var body = start + (display ? 2 : 1);
        if (body >= text.Length || char.IsWhiteSpace(text[body]) || text[body] == '$')
        {
            return start;
        }

        for (var j = body + 1; j < text.Length && !EndsSpan(text[j]); j++)
        {
            if (text[j] == '\\')
            {
                j++;
                continue;
            }

            if (text[j] != '$' || char.IsWhiteSpace(text[j - 1]))
            {
                continue;
            }

            if (display)
            {
                return j + 1 < text.Length && text[j + 1] == '$' ? j + 2 : start;
            }

            return j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]) ? start : j + 1;
        }

        return start;
    }

    private static bool EndsSpan(char c) => c is '\n' or '\r' or '。' or '！' or '？' or '；';
}
