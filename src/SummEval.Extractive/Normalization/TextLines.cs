using System.Text.RegularExpressions;

namespace SummEval.Extractive.Normalization;

/// <summary>A text's lines as (start, end) offsets, each without its break (<c>\n</c>, <c>\r\n</c>, <c>\r</c>, U+0085, U+2028, U+2029).</summary>
internal static class TextLines
{
    /// <summary>The lines of <paramref name="text"/>; one empty line for an empty text, and one after a final break.</summary>
    internal static List<(int Start, int End)> Of(string text)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                lines.Add((start, i));
                if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>The characters of <paramref name="line"/>, one of <see cref="Of"/>'s lines of <paramref name="text"/>.</summary>
    internal static ReadOnlySpan<char> Span(string text, (int Start, int End) line) => text.AsSpan(line.Start, line.End - line.Start);

    /// <summary>
    /// The <paramref name="lines"/> of <paramref name="text"/> that <paramref name="header"/> matches whole (at most
    /// <paramref name="maxLength"/> characters), each over a line of text it does not match, when two or more are: a chat's
    /// senders or a thread's floors over their messages. One such line alone, or a run of them with nothing under each, is text.
    /// </summary>
    internal static List<(int Start, int End)> HeadersOver(string text, List<(int Start, int End)> lines, Regex header, int maxLength)
    {
        var headers = new List<(int Start, int End)>();
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            var line = Span(text, lines[k]).Trim();
            var next = Span(text, lines[k + 1]).Trim();
            if (line.Length > 0 && line.Length <= maxLength && header.IsMatch(line) && !next.IsEmpty && !header.IsMatch(next))
            {
                headers.Add(lines[k]);
            }
        }

        return headers.Count >= 2 ? headers : [];
    }
}
