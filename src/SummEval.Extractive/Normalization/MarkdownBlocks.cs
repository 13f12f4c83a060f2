using System.Text.RegularExpressions;

namespace SummEval.Extractive.Normalization;

/// <summary>
/// The lines of a Markdown text (a note, a chat answer, a page's source) that are no prose: its subheadings
/// (<c>## 主要发现</c>, or a line underlined with <c>---</c>), which name a section rather than say anything; the rules
/// that divide it (<c>---</c>, <c>***</c>, <c>————</c>) or underline a heading; its fenced code, and a shell command on a line
/// of its own (<c>pip install transformers</c>); and its pipe tables' rows. Its title, the heading that opens it above all
/// others, is its first line and stays.
/// </summary>
internal static partial class MarkdownBlocks
{
    /// <summary>The most characters a line underlined as a heading has; a longer line over a rule is a paragraph.</summary>
    internal const int MaxUnderlinedLength = 40;

    /// <summary>
    /// The lines of <paramref name="text"/> (<paramref name="lines"/>, its <see cref="TextLines.Of"/>) that are no prose: every rule, fenced code
    /// block and pipe table row, and every heading but the title. A text with no line of prose besides its headings (an
    /// outline) keeps its headings.
    /// </summary>
    internal static List<(int Start, int End)> LeftOut(string text, List<(int Start, int End)> lines)
    {
        var kinds = new LineKind[lines.Count];
        var levels = new int[lines.Count];
        var commands = new bool[lines.Count];
        string? fence = null;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = TextLines.Span(text, lines[k]);
            if (fence is not null)
            {
                // Code runs to the fence that closes it, or to the end of a text that never closes it.
                kinds[k] = LineKind.Other;
                fence = line.TrimStart().StartsWith(fence, StringComparison.Ordinal) && line.Trim().TrimStart(fence[0]).IsEmpty ? null : fence;
            }
            else if (Fence().Match(text, lines[k].Start, lines[k].End - lines[k].Start) is { Success: true } open)
            {
                kinds[k] = LineKind.Other;
                fence = open.Groups["fence"].Value;
            }
            else if (CommandLine().Match(text, lines[k].Start, lines[k].End - lines[k].Start) is { Success: true } command
                && (command.Groups["prompt"].Success || (k > 0 && (commands[k - 1] || TextLines.Span(text, lines[k - 1]).TrimEnd() is [.., '：' or ':'] || HanScript.Contains(TextLines.Span(text, lines[k - 1]))))))
            {
                // A command its own line sets apart: after a prompt, or where the line before introduces it (安装很简单：), is
                // Chinese or is a command too. A line of English prose may open on a program's name (docker containers are …).
                kinds[k] = LineKind.Other;
                commands[k] = true;
            }
            else if (TableDelimiter().IsMatch(line) && line.Contains('|'))
            {
                // A table's delimiter row: the row over it is the header, and its body runs while rows hold a pipe.
                kinds[k] = LineKind.Other;
                if (k > 0 && kinds[k - 1] == LineKind.Prose && TextLines.Span(text, lines[k - 1]).Contains('|'))
                {
                    kinds[k - 1] = LineKind.Other;
                }

                while (k + 1 < lines.Count && TextLines.Span(text, lines[k + 1]).Contains('|'))
                {
                    kinds[++k] = LineKind.Other;
                }
            }
            else if (Rule().IsMatch(line))
            {
                // A rule under a short line that ends no sentence underlines it as a heading (= a title's, - a section's).
                var above = k - 1;
                if (above >= 0 && kinds[above] == LineKind.Prose && IsUnderlinable(TextLines.Span(text, lines[above]))
                    && line.Trim()[0] is '=' or '-')
                {
                    kinds[above] = LineKind.Heading;
                    levels[above] = line.Trim()[0] == '=' ? 1 : 2;
                }

                kinds[k] = LineKind.Other;
            }
            else if (Atx().Match(text, lines[k].Start, lines[k].End - lines[k].Start) is { Success: true } atx)
            {
                kinds[k] = LineKind.Heading;
                levels[k] = atx.Groups["level"].Length;
            }
            else
            {
                kinds[k] = line.IsWhiteSpace() ? LineKind.Blank : LineKind.Prose;
            }
        }

        var left = new List<(int Start, int End)>();
        if (!kinds.Contains(LineKind.Heading) && !kinds.Contains(LineKind.Other))
        {
            return left;
        }

        // The title: the first line, a heading above every other heading of the text.
        var first = Array.FindIndex(kinds, kind => kind != LineKind.Blank);
        var title = first >= 0 && kinds[first] == LineKind.Heading
            && Enumerable.Range(0, lines.Count).All(k => k == first || kinds[k] != LineKind.Heading || levels[k] > levels[first]) ? first : -1;
        var prose = Enumerable.Range(0, lines.Count).Any(k => k != title && kinds[k] == LineKind.Prose);
        for (var k = 0; k < lines.Count; k++)
        {
            if (kinds[k] == LineKind.Other || (kinds[k] == LineKind.Heading && k != title && prose))
            {
                left.Add(lines[k]);
            }
        }

        return left;
    }

    private enum LineKind
    {
        Blank,
        Prose,
        Heading,

        // A rule, a line of fenced code or of a table.
        Other,
    }

    // A heading underlined is a short line that ends no sentence and divides none (…。 over --- is a paragraph and a rule).
    private static bool IsUnderlinable(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= MaxUnderlinedLength && text.IndexOfAny("。！？!?；;，,") < 0;
    }

    // A rule: three or more of one mark and nothing else but spaces (--- , * * *, ===, ————, ～～～).
    [GeneratedRegex(@"^[\ \t]*(?<mark>[\-*_=—~～─━])(?:[\ \t]*\k<mark>){2,}[\ \t]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Rule();

    // An ATX heading: one to six #s, a space, and its words (## 主要发现), at most three spaces in.
    [GeneratedRegex(@"\G\ {0,3}(?<level>\#{1,6})[\ \t]+\S", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Atx();

    // A shell command a how-to sets on a line of its own without a fence (pip install transformers, $ git clone …): a
    // program's name, perhaps after a prompt, then its arguments, all ASCII. Not a word English prose opens a line with (make,
    // go, source, export).
    [GeneratedRegex(@"\G[\ \t]*(?:(?<prompt>[$>])[\ \t]+)?(?:pip3?|conda|npm|npx|yarn|pnpm|git|apt(?:-get)?|yum|dnf|brew|docker|kubectl|python3?|sudo|curl|wget|cmake|cargo|dotnet|mvn|gradle|javac|gcc|g\+\+|chmod|mkdir|ssh|scp|unzip)[\ \t]+[\x21-\x7E][\x20-\x7E]{0,200}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CommandLine();

    // A code fence: three or more backticks or tildes at most three spaces in, and perhaps the code's language (```python).
    [GeneratedRegex(@"\G\ {0,3}(?<fence>`{3,}|~{3,})[^`\n\r]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Fence();

    // A pipe table's delimiter row: cells of dashes, perhaps with colons for alignment (| --- | :---: |).
    [GeneratedRegex(@"^[\ \t]*\|?[\ \t]*:?-{3,}:?[\ \t]*(?:\|[\ \t]*:?-{3,}:?[\ \t]*)*\|?[\ \t]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TableDelimiter();
}
