using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A patent's statement of its technical field (<c>本发明涉及农业机械技术领域</c>, <c>属于食品加工技术领域</c>): where the
/// invention belongs, not what it is. No summary is made of one; the invention is named after it (<c>具体涉及一种玉米秸秆还田机</c>).
/// </summary>
internal static partial class TechnicalFields
{
    /// <summary>Whether <paramref name="clause"/> (text between commas) is nothing but a statement of a technical field.</summary>
    public static bool IsStatement(ReadOnlySpan<char> clause)
    {
        var text = clause.Trim();
        return text.Length is >= 5 and <= 40 && text.EndsWith("领域") && Statement().IsMatch(text);
    }

    // The patent (本发明, 本实用新型, …) perhaps, 涉及 or 属于, then a field of no more than a few words (no clause of its own).
    [GeneratedRegex(@"^(?:本(?:发明|实用新型|申请|公开|外观设计))?(?:涉及|属于)[^，,；;。：:]{1,30}领域$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Statement();
}
