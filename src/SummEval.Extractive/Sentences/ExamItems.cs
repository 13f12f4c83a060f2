using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// What an exam paper sets around a passage: the instruction over it (<c>阅读下面的文字，完成1～3题。</c>), a question with its
/// marks (<c>1.下列对原文内容的理解，不正确的一项是（3分）</c>) and the options under it (<c>A.莫高窟始建于十六国时期</c>, one of
/// them false on purpose) and the answer after them (<c>答案：B</c>), or a questionnaire's options set on one line
/// (<c>A. 男  B. 女</c>) under their question. A pasted reading exercise is summarized by its passage, a questionnaire by what it
/// asks about; none of these is a summary's source.
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

    /// <summary>
    /// Whether <paramref name="line"/> is an option: a capital from A to H, a full stop or 、, perhaps a space, then the option in
    /// Chinese or a number that Chinese goes on from (<c>A.莫高窟始建于十六国时期</c>, <c>A. 22点前</c>).
    /// </summary>
    public static bool IsOption(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length > 2 && text[0] is >= 'A' and <= 'H' && text[1] is '.' or '．' or '、' && Option().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a row of two or more options set apart by spaces (<c>A. 男  B. 女</c>,
    /// <c>A.是 B.否</c>), the first in Chinese or a number; not initials in English (<c>A. Smith and B. Jones</c>).
    /// </summary>
    public static bool IsOptionRow(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length > 4 && text[0] == 'A' && IsOption(text) && OptionRow().IsMatch(text);
    }

    /// <summary>Whether <paramref name="line"/> gives a question's answer as its options' capitals (<c>答案：B</c>, <c>【参考答案】AC</c>).</summary>
    public static bool IsAnswer(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is >= 3 and <= 16 && Answer().IsMatch(text);
    }

    /// <summary>
    /// Whether sentence <paramref name="k"/> of <paramref name="sentences"/> is one of these items: an instruction, a question
    /// with its marks, an answer, a row of options, an option beside another, or a question over its options (it asks or leaves
    /// a blank, <c>？</c>, <c>：</c>, <c>（ ）</c>, and a row of options, or a run of two, follows it).
    /// </summary>
    public static bool IsField(IReadOnlyList<string> sentences, int k)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var sentence = sentences[k].AsSpan();
        if (IsInstruction(sentence) || IsScoredQuestion(sentence) || IsOptionRow(sentence) || IsAnswer(sentence))
        {
            return true;
        }

        var nextIsOption = k + 1 < sentences.Count && IsOption(sentences[k + 1]);
        if (IsOption(sentence))
        {
            return nextIsOption || (k > 0 && IsOption(sentences[k - 1]));
        }

        // The options are looked for first: most sentences have none after them, and the question's expression is not run.
        return nextIsOption && (IsOptionRow(sentences[k + 1]) || (k + 2 < sentences.Count && IsOption(sentences[k + 2])))
            && Question().IsMatch(sentence.Trim());
    }

    // 阅读下面的文字，完成1～3题 / 回答问题 / 完成后面的题目; 请认真阅读下列材料，然后回答问题。
    [GeneratedRegex(@"^(?:请)?(?:认真|仔细)?阅读(?:下面|下列|以下|下文)的?(?:文字|材料|短文|文章|语段|选段|文段|诗歌|古诗|诗词|文言文|段落|内容)[，,\ ]*(?:然后|并)?(?:完成|回答|作答)[^。！？!?]{0,16}?(?:题|题目|问题)[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"[（(]\s*[0-9]{1,2}\s*分\s*[)）]$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Marks();

    [GeneratedRegex(@"^[A-H][.．、]\s*(?:[\p{IsCJKUnifiedIdeographs}“《（(]|[0-9][0-9.\-~～]{0,6}\p{IsCJKUnifiedIdeographs})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Option();

    // Each option after the first opens after a space with the next capital (A. 男  B. 女; A、非常满意　B、满意　C、不满意).
    [GeneratedRegex(@"^A[.．、][\s　]*[^\s　]{1,20}(?:[\s　]+[B-H][.．、][\s　]*[^\s　]{1,20}){1,7}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OptionRow();

    [GeneratedRegex(@"^[【\[]?(?:参考|正确|标准)?答案[】\]]?[\s　]*[：:]?[\s　]*[A-H](?:[、,，\s]?[A-H]){0,3}[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Answer();

    // A question's end: a question mark, a colon, or a blank to fill in brackets or on a line (正确的是（ ）, ____).
    [GeneratedRegex(@"(?:[？?：:]|[（(][\s　]*[)）]|_{2,})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Question();
}
