using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A line of a form: a short label and its value (<c>会议时间：2021年3月5日</c>, <c>中文名：大熊猫</c>, <c>参会人员：李四、王五</c>),
/// as minutes, an encyclopaedia's infobox or a product's specifications set them, one to a line. Two or more in a row are
/// a form's fields: no summary is taken from them (their words still vote) and no break between them is a wrap.
/// </summary>
public static partial class FormLines
{
    /// <summary>The most Han characters a form's label has.</summary>
    public const int MaxLabelLength = 6;

    /// <summary>
    /// Whether <paramref name="line"/> is a form's line: up to <see cref="MaxLabelLength"/> Han characters, a colon and a
    /// value of at most 44 characters with no comma and no sentence's end but a last full stop; a structured abstract's or
    /// a transcript's label (<c>方法：</c>, <c>问：</c>; <see cref="SectionLabels"/>) opens a section or a turn, not a field,
    /// unless a speaker's value ends no sentence (<c>主持人：张三</c> in minutes).
    /// </summary>
    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var colon = text.Length > 2 ? text[..Math.Min(text.Length, MaxLabelLength + 2)].IndexOfAny(":：") : -1;
        return colon > 0 && Line().IsMatch(text) && (SectionLabels.LabelLength(text) == 0 || (SectionLabels.IsSpeaker(text[..colon].TrimEnd()) && text[^1] != '。'));
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a label with no value on its line, up to <see cref="MaxLabelLength"/> Han
    /// characters and a colon (<c>作用机制：</c>, <c>主要结论如下：</c>): its value is the lines or list under it, which it
    /// names rather than says, so no summary is taken from it, and none glues it to a sentence (作用机制：。促进非农就业).
    /// </summary>
    public static bool IsBareLabel(ReadOnlySpan<char> line) => BareLabel().IsMatch(line.Trim());

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}\s*[：:]$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}\s*[：:]\s*[^，,。！？!?\r\n]{1,44}。?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Line();
}
