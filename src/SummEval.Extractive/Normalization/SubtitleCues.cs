using System.Text.RegularExpressions;

namespace SummEval.Extractive.Normalization;

/// <summary>
/// A subtitle file's timing (SRT, WebVTT): each cue's number and its <c>00:00:01,000 --&gt; 00:00:04,000</c> line, and a
/// WebVTT file's header, say when a line is shown, not what is said. What is said is the cues' text.
/// </summary>
internal static partial class SubtitleCues
{
    /// <summary>The most characters a WebVTT cue's identifier that is not a number has.</summary>
    internal const int MaxIdentifierLength = 40;

    /// <summary>Whether <paramref name="text"/> may hold a cue's timing (one vectorised search for its arrow).</summary>
    internal static bool MayHave(string text) => text.Contains("-->", StringComparison.Ordinal);

    /// <summary>
    /// The lines of <paramref name="text"/> (<paramref name="lines"/>, its <see cref="TextLines.Of"/>) that time its cues:
    /// each timing line, the number or identifier line right above it, and a WebVTT header.
    /// </summary>
    internal static List<(int Start, int End)> LeftOut(string text, List<(int Start, int End)> lines)
    {
        var left = new List<(int Start, int End)>();
        for (var k = 0; k < lines.Count; k++)
        {
            var line = TextLines.Span(text, lines[k]);
            if (k == 0 && Header().IsMatch(line))
            {
                left.Add(lines[k]);
            }
            else if (Timing().IsMatch(line))
            {
                // The cue's number (SRT) or identifier (WebVTT) is the line right above its timing: a number, or a short line
                // that opens its block (a blank line or the header above it; a cue's text is never right above a timing).
                if (k > 0 && !EndsWith(left, lines[k - 1]) && IsIdentifier(text, lines, k - 1, left))
                {
                    left.Add(lines[k - 1]);
                }

                left.Add(lines[k]);
            }
        }

        return left;
    }

    private static bool IsIdentifier(string text, List<(int Start, int End)> lines, int k, List<(int Start, int End)> left)
    {
        var line = TextLines.Span(text, lines[k]);
        if (Number().IsMatch(line))
        {
            return true;
        }

        var opensBlock = k == 0 || EndsWith(left, lines[k - 1]) || TextLines.Span(text, lines[k - 1]).IsWhiteSpace();
        return opensBlock && line.Trim().Length is > 0 and <= MaxIdentifierLength && !line.Contains("-->", StringComparison.Ordinal);
    }

    // Lines are left out in order, so a line at or after the last one left out is left out only if it is that one: one
    // comparison where a search of the list would make a long file's cues quadratic.
    private static bool EndsWith(List<(int Start, int End)> left, (int Start, int End) line) => left.Count > 0 && left[^1] == line;

    // 00:00:01,000 --> 00:00:04,000 (SRT), 00:01.000 --> 00:04.000 align:start (WebVTT: hours optional, settings after).
    [GeneratedRegex(@"^\s*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3}\s*-->\s*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3}(?:\s.*)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Timing();

    [GeneratedRegex(@"^\s*[0-9]{1,6}\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\uFEFF?WEBVTT(?:[\ \t].*)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Header();
}
