using System.Text.RegularExpressions;
using SummEval.Extractive.Normalization;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Reference marks of the kind a paper cites with (<c>…较低[3,6]。</c>, <c>…能动性[1]</c>, <c>…原因［1］</c>, <c>…现状¹，</c>, <c>…18931元①，</c>,
/// <c>…信贷约束（张三等，2020；李四，2021），</c>, <c>…渠道(Coleman, 1988; Putnam, 2000)。</c>): part of the
/// sentence in the source, never part of a title, and meaningless once the reference list is gone. Only a mark that
/// closes a clause after a word counts: brackets inside a name (<c>噻吩并[2,3-b][1,5]苯二氮杂</c>) or around an interval
/// (<c>区间[1,5]上</c>, <c>x∈[0,1]，</c>) are text.
/// </summary>
public static partial class CitationMarks
{
    /// <summary><paramref name="summary"/> without its reference marks, trimmed; the same instance when it has none.</summary>
    public static string Without(string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.AsSpan().IndexOfAny(Opens) < 0)
        {
            return summary;
        }

        var without = Mark().Replace(summary, string.Empty);
        return without.Length == summary.Length ? summary : without.Trim();
    }

    /// <summary>
    /// Where <paramref name="text"/>'s reference marks are, as UTF-16 offsets and lengths in order (none when it has no
    /// character a mark starts with): for a summarizer that chooses among the source's words to leave them out.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Opens) < 0)
        {
            return [];
        }

        var marks = new List<(int Start, int Length)>();
        foreach (Match m in Mark().Matches(text))
        {
            marks.Add((m.Index, m.Length));
        }

        return marks;
    }

    // What a mark starts with: a bracket (square for a number, round for authors and years), a superscript digit (a footnote
    // or a reference: 现状¹，影响因素²⁻⁴。) or a circled one (a statistic's note: 18931元①，).
    private static readonly System.Buffers.SearchValues<char> Opens = System.Buffers.SearchValues.Create("[［¹²³⁴⁵⁶⁷⁸⁹⁰①②③④⑤⑥⑦⑧⑨⑩（(");

    // Up to three digits per reference, joined by ranges and lists, right after a Han character or a closing bracket or
    // quote (not one that opens an interval: 区间, 范围, 为, 于, 在, 取, 是, 到) and right before a clause's punctuation
    // or the end; spaces before the mark go with it.
    // Superscript and circled digits count only after a Han character or a closing quote or bracket (m², R², 10⁶ are text;
    // an item's ① opens what follows it).
    // A social science's citations name authors and years in brackets: （张三等，2020；李四，2021）, (Smith et al., 2019),
    // (Coleman, 1988; Putnam, 2000): a Han name of two to four characters (perhaps 等 or 等人) or a Latin surname (perhaps with
    // et al., and or & and a second), a comma and a year.
    // A number after the authors or the work it cites (Smith等[5]发现, 张三等人[3]提出, 文献[2-4]采用) is a mark wherever the
    // clause goes on: those words name no interval or index.
    [GeneratedRegex(@"(?<=等|等人|文献)\s*" + MarksAfterStops.NumberedReference + @"|(?<=[\p{IsCJKUnifiedIdeographs}”’""）)》」』])(?:(?<![间围为于在取是到])\s*" + MarksAfterStops.NumberedReference + @"|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?:[⁻,，~～-][¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})*|[①-⑩]|\s*[（(]\s*(?:(?:\p{IsCJKUnifiedIdeographs}{2,4}(?:等人?)?|\p{Lu}[\p{L}'\-]+(?:\s+(?:et\s+al\.?|and\s+\p{Lu}[\p{L}'\-]+|&\s*\p{Lu}[\p{L}'\-]+))?)\s*[，,]\s*(?:19|20)\d{2}[a-z]?(?:\s*[；;]\s*|(?=\s*[）)]))){1,6}[）)])(?=$|[，。；：、,.;:！？!?）)\s])", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
