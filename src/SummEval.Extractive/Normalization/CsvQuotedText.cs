namespace SummEval.Extractive.Normalization;

/// <summary>
/// A text still escaped as a CSV field (RFC 4180): wrapped in double quotes, each quote inside it doubled. A source
/// written out through CSV twice reads <c>"流形学习…""流形""…精度."</c>; the wrapping quote opens a summary taken from the
/// first sentence and hides the word it opens on from every rule that looks there.
/// </summary>
internal static class CsvQuotedText
{
    /// <summary>
    /// Which characters of <paramref name="text"/> are the escaping (the wrapping quotes and the first of each doubled
    /// pair), or null when the text is not so escaped: it must open and close on a quote (whitespace aside), hold
    /// something other than quotes between them, and every run of quotes inside must be of even length.
    /// </summary>
    internal static bool[]? EscapeMarks(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyExcept(WhiteSpace);
        var last = span.LastIndexOfAnyExcept(WhiteSpace);
        if (first < 0 || last - first < 2 || text[first] != '"' || text[last] != '"' || span[(first + 1)..last].IndexOfAnyExcept(QuoteOrWhiteSpace) < 0)
        {
            return null;
        }

        for (var i = first + 1; i < last; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            var run = span[i..last].IndexOfAnyExcept('"') is var n and >= 0 ? n : last - i;
            if (run % 2 != 0)
            {
                return null;
            }

            i += run - 1;
        }

        var marks = new bool[text.Length];
        marks[first] = marks[last] = true;
        for (var i = first + 1; i < last; i++)
        {
            if (text[i] == '"')
            {
                // The first of the pair is the escape; the second, the quote the text holds.
                marks[i++] = true;
            }
        }

        return marks;
    }

    // Around the field; a byte-order mark counts (char.IsWhiteSpace does not), as a file's first line can carry one.
    private const string WhiteSpace = " \t\n\r\v\f\u00A0\u3000\u2028\u2029\u0085\uFEFF";

    private const string QuoteOrWhiteSpace = "\"" + WhiteSpace;
}
