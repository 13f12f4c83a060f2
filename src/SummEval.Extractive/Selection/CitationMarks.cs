using System.Text.RegularExpressions;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Reference marks of the kind a paper cites with (<c>[1]</c>, <c>[3,6]</c>, <c>[2-5]</c>, <c>［4］</c>): part of the
/// sentence in the source, never part of a title, and meaningless once the reference list is gone.
/// </summary>
public static partial class CitationMarks
{
    /// <summary><paramref name="summary"/> without its reference marks, trimmed; the same instance when it has none.</summary>
    public static string Without(string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.AsSpan().IndexOfAny('[', '［') < 0)
        {
            return summary;
        }

        var without = Mark().Replace(summary, string.Empty);
        return without.Length == summary.Length ? summary : without.Trim();
    }

    // Up to three digits per reference, joined by ranges and lists; spaces before the mark go with it.
    [GeneratedRegex(@"\s*[\[［]\d{1,3}(?:\s*[-–—~～,，、]\s*\d{1,3})*[\]］]", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();
}
