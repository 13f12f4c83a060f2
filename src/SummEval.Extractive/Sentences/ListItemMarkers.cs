using System.Text.RegularExpressions;
using SummEval.Extractive.Normalization;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The marker that opens an item of an enumerated list (<c>①</c>, <c>⑴</c>, <c>(1)</c>, <c>（一）</c>, <c>1)</c>, <c>1、</c>,
/// <c>一、</c>, a thread's <c>1/ </c>, a step's <c>S1、</c>, <c>步骤1：</c> or <c>第一步：</c>, a day's <c>Day1：</c>), an article of a law, regulation or contract (<c>第十四条　</c>) or an outline's chapter (<c>第三章提出了…</c>): a reader's signpost, not part of what the
/// item says, so no summary opens with one.
/// </summary>
public static partial class ListItemMarkers
{
    /// <summary>
    /// The length of the marker (and the whitespace after it) that opens <paramref name="text"/>; 0 when there is none or
    /// nothing with a letter follows it. A number that goes on (<c>1、2号样地</c>, <c>一、二级医院</c>) is no marker.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = ArticleLength(text[start..]) is var article and > 0 ? start + article
            : ChapterLength(text[start..]) is var chapter and > 0 ? start + chapter : MarkerEnd(text, start);
        if (end <= start)
        {
            return 0;
        }

        // Only a mark a number also takes (一、二级, 1.5) leaves the number going on; after a colon or a bracket a numeral
        // opens the item (步骤1：五花肉切块, （1）五年来).
        var numberMark = text[end - 1] is '、' or '.' or '．';
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end < text.Length && char.IsLetter(text[end]) && !(numberMark && ChineseNumerals.Is(text[end])) ? end : 0;
    }

    /// <summary>
    /// The length of an article's number and the space or mark after it that open <paramref name="text"/>
    /// (<c>第十四条　</c>, <c>第一百二十条 </c>, <c>第3条：</c>, <c>第十条之一 </c>); 0 when there is none. A number that runs
    /// into its words (<c>第2条束线</c>: the second line) is no article's.
    /// </summary>
    public static int ArticleLength(ReadOnlySpan<char> text)
    {
        // Most text opens on anything but 第: no expression is run over it.
        if (text.TrimStart().TrimStart('\u3000') is not ['第', ..])
        {
            return 0;
        }

        foreach (var match in Article().EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    // 第 and a number in Chinese or Arabic numerals, 条 and perhaps 之一, then a space (an ideographic one in statutes) or a
    // colon or mark.
    // A chapter, section or part of an outline (第三章提出了…, 第2部分：…), its mark or its words right after it; not 第三章中…, 第三章的…
    // or 第三章节, where the chapter is what the words are about.
    private static int ChapterLength(ReadOnlySpan<char> text)
    {
        if (text is not ['第', ..])
        {
            return 0;
        }

        foreach (var match in Chapter().EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    [GeneratedRegex(@"^第(?:[一二三四五六七八九十百零〇两]{1,3}|[0-9]{1,2})(?:章|节|部分)(?:[\s　]+|[：:、．.][\s　]*|(?=[\p{IsCJKUnifiedIdeographs}-[中的里内节所之和与及]]))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^[\s　]*第(?:[一二三四五六七八九十百零〇两]{1,6}|[0-9]{1,3})条(?:之[一二三四五六七八九十]{1,3})?(?:[\s　]+|[：:、．.][\s　]*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Article();

    /// <summary><paramref name="text"/> without the list marker that opens it.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Length(text);
        return length == 0 ? text : text[length..];
    }

    /// <summary>Whether <paramref name="text"/> is nothing but a step's label (<c>S1</c>, <c>步骤1</c>, <c>步骤二</c>, <c>第三步</c>).</summary>
    public static bool IsStepLabel(ReadOnlySpan<char> text) => text.Trim() is { Length: >= 2 and <= 5 } label && StepLabel().IsMatch(label);

    [GeneratedRegex(@"^(?:[Ss][0-9]{1,2}|步骤[0-9一二三四五六七八九十]{1,2}|第[一二三四五六七八九十]{1,2}步)$", RegexOptions.CultureInvariant)]
    private static partial Regex StepLabel();

    // A method's or a patent's step (S1、采集图像；S2、…, 步骤1：…, 步骤二、…), a guide's (第一步：报案；第二步，…) or an itinerary's
    // day (Day1：北京—西安, 第二天：…): S, 步骤, Day or 第, a number (and 步 or 天 after 第) and its mark, then the step's Han
    // words (S1、S2两组 names two samples; S1.5 is a number).
    private static int StepEnd(ReadOnlySpan<char> text, int i)
    {
        var day = text[i..].StartsWith("day", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        day += day > 0 && i + day < text.Length && text[i + day] == ' ' ? 1 : 0;
        var j = text[i] is 'S' or 's' || text[i] == '第' ? i + 1 : text[i..].StartsWith("步骤") ? i + 2 : day > 0 ? i + day : 0;
        if (j == 0)
        {
            return 0;
        }

        var digits = j;
        while (digits < text.Length && digits - j < 2 && (char.IsAsciiDigit(text[digits]) || (text[i] is '步' or '第' && ChineseNumerals.Is(text[digits]))))
        {
            digits++;
        }

        var ordinal = text[i] == '第';
        if (ordinal && (digits == j || digits >= text.Length || text[digits++] is not ('步' or '天')))
        {
            return 0;
        }

        // 第二步，… numbers a step off; 第二天，… is the next day of a story.
        var step = ordinal && text[digits - 1] == '步';
        return digits > j && digits + 1 < text.Length && (text[digits] is '、' or '：' or ':' or '．' or '.' || (step && text[digits] is '，' or ',')) && HanScript.IsHan(text[digits + 1]) ? digits + 1 : 0;
    }

    private static int MarkerEnd(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        // ①-⒛ (circled, parenthesized, with a full stop) and ❶-➓ are one character each.
        if (text[i] is >= '\u2460' and <= '\u249B' or >= '\u2776' and <= '\u2793')
        {
            return i + 1;
        }

        if (StepEnd(text, i) is var step and > 0)
        {
            return step;
        }

        var bracketed = text[i] is '(' or '（';
        var j = bracketed ? i + 1 : i;
        var digits = j;
        while (digits < text.Length && digits - j < 3 && (char.IsAsciiDigit(text[digits]) || (!char.IsAsciiDigit(text[j]) && ChineseNumerals.Is(text[digits]))))
        {
            digits++;
        }

        var count = digits - j;
        if (count == 0 || digits >= text.Length || (char.IsAsciiDigit(text[j]) && count > 2))
        {
            return 0;
        }

        return text[digits] switch
        {
            ')' or '）' => digits + 1,
            '、' when !bracketed => digits + 1,
            // A thread's post numbers its parts 1/, 2/ before a space (not 1/2, a fraction).
            '/' when !bracketed && char.IsAsciiDigit(text[j]) && digits + 1 < text.Length && char.IsWhiteSpace(text[digits + 1]) => digits + 1,
            _ => 0,
        };
    }
}
