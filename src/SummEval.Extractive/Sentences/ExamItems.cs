using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// What an exam paper sets around a passage: the instruction over it (<c>阅读下面的文字，完成1～3题。</c>), a question with its
/// marks (<c>1.下列对原文内容的理解，不正确的一项是（3分）</c>) and the options under it (<c>A.莫高窟始建于十六国时期</c>, one of
/// them false on purpose). A pasted reading exercise is summarized by its passage; none of these is a summary's source.
/// </summary>
internal static partial class ExamItems
{
    /// <summary>Whether <paramref name="sentence"/> is an instruction to read what follows and answer on it.</summary>
    public static bool IsInstruction(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return text.Length is >= 8 and <= 40 && text.Contains("阅读", StringComparison.Ordinal) && Instruction().IsMatch(text);
    }

    /// <summary>Whether <paramref name="sentence"/> is a question followed by the marks it is worth (<c>（3分）</c>).</summary>
    public static bool IsScoredQuestion(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim().TrimEnd("。.");
        return text.Length > 4 && text[^1] is '）' or ')' && Marks().IsMatch(text);
    }

    /// <summary>Whether <paramref name="line"/> is an option: a capital from A to H, a full stop or 、, then the option in Chinese.</summary>
    public static bool IsOption(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length > 2 && text[0] is >= 'A' and <= 'H' && text[1] is '.' or '．' or '、' && Option().IsMatch(text);
    }

    // 阅读下面的文字，完成1～3题 / 回答问题 / 完成后面的题目; 请认真阅读下列材料，然后回答问题。
    [GeneratedRegex(@"^(?:请)?(?:认真|仔细)?阅读(?:下面|下列|以下|下文)的?(?:文字|材料|短文|文章|语段|选段|文段|诗歌|古诗|诗词|文言文|段落|内容)[，,\ ]*(?:然后|并)?(?:完成|回答|作答)[^。！？!?]{0,16}?(?:题|题目|问题)[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"[（(]\s*[0-9]{1,2}\s*分\s*[)）]$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Marks();

    [GeneratedRegex(@"^[A-H][.．、]\s*[\p{IsCJKUnifiedIdeographs}“《（(]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Option();
}
