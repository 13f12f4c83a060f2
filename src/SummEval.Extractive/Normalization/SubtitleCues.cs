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
    /// The lines (start, end without the break) of <paramref name="text"/> that time its cues: each timing line, the
    /// number or identifier line right above it, and a WebVTT header.
    /// </summary>
    internal static List<(int Start, int End)> LeftOut(string text)
    {
        var left = new List<(int Start, int End)>();
        var lines = TextLines.Of(text);
        for (var k = 0; k < lines.Count; k++)
        {
            var line = text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start);
            if (k == 0 && Header().IsMatch(line))
            {
                left.Add(lines[k]);
            }
            else if (Timing().IsMatch(line))
            {
                // The cue's number (SRT) or identifier (WebVTT) is the line right above its timing: a number, or a short line
                // that opens its block (a blank line or the header above it; a cue's text is never right above a timing).
                if (k > 0 && !left.Contains(lines[k - 1]) && IsIdentifier(text, lines, k - 1, left))
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
        var line = text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start);
        if (Number().IsMatch(line))
        {
            return true;
        }

        var opensBlock = k == 0 || left.Contains(lines[k - 1]) || text.AsSpan(lines[k - 1].Start, lines[k - 1].End - lines[k - 1].Start).IsWhiteSpace();
        return opensBlock && line.Trim().Length is > 0 and <= MaxIdentifierLength && !line.Contains("-->", StringComparison.Ordinal);
    }

    // 00:00:01,000 --> 00:00:04,000 (SRT), 00:01.000 --> 00:04.000 align:start (WebVTT: hours optional, settings after).
    [GeneratedRegex(@"^\s*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3}\s*-->\s*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3}(?:\s.*)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Timing();

    [GeneratedRegex(@"^\s*[0-9]{1,6}\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\uFEFF?WEBVTT(?:[\ \t].*)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Header();
}
