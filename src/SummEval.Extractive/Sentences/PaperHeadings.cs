using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// A heading of a paper's body (<c>1 材料与方法</c>, <c>2.1 施氮量对产量的影响</c>, <c>一、引言</c>, <c>（二）研究设计</c>,
/// <c>第三章 实证分析</c>), of a contract's article (<c>第一条 合同目的</c>), of an itinerary's day (<c>Day1：北京—西安</c>), of a slide (<c>第一页：项目背景</c>), or a figure's or table's caption (<c>图1 研究区位置</c>, <c>表2 …</c>, <c>Fig. 3 …</c>), standing as a
/// sentence of its own, as it does when a user pastes more of a paper than its abstract: it names what follows rather than
/// saying anything, so no summarizer takes a summary from it (its words still vote, as a field's do).
/// </summary>
public static partial class PaperHeadings
{
    /// <summary>The most characters a heading or caption has.</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// Whether <paramref name="sentence"/> is a numbered heading or a caption: a number (or 图/表 and a number) and a
    /// few words, at most <see cref="MaxLength"/> characters, with no punctuation that ends or divides a sentence; in
    /// lenticular brackets too, as a web novel sets its chapters (<c>【第一章 初入江湖】</c>).
    /// </summary>
    public static bool Is(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        if (text is ['【', .. var inner, '】'])
        {
            text = inner.Trim();
        }

        return text.Length is > 1 and <= MaxLength && text.IndexOfAny("。！？!?；;，,") < 0 && text[^1] is not ('.' or '．') && Heading().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is the heading of a table of contents alone (<c>目录</c>, <c>目 录</c>, <c>Contents</c>), as an
    /// encyclopedia's page or a report pasted whole sets it over its numbered headings.
    /// </summary>
    public static bool IsContents(ReadOnlySpan<char> sentence) =>
        sentence.Trim() is var text && (text.SequenceEqual("目录") || text.SequenceEqual("目 录") || text.SequenceEqual("目　录")
            || text.Equals("Contents", StringComparison.OrdinalIgnoreCase) || text.Equals("Table of Contents", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The words of a numbered heading (<c>人物生平</c> of <c>1 人物生平</c>, <c>研究设计</c> of <c>2.1 研究设计</c>) when they are two to
    /// sixteen Han characters; empty otherwise. A table of contents lists them, and a line of those words alone later is the
    /// heading itself, without its number.
    /// </summary>
    public static ReadOnlySpan<char> Words(ReadOnlySpan<char> heading)
    {
        var words = heading.Trim().TrimStart("0123456789.．、 \t\u3000");
        return words.Length is >= 2 and <= 16 && Normalization.HanScript.IsAll(words) ? words : [];
    }

    // The numbering GB/T 7713 gives a paper's parts (1 before a space and Chinese; 1.1, 2.1.3 before a space or Chinese),
    // Chinese numbering (一、 （二） 第三章, a contract's 第一条 and a space; not 一. which CSL's prose enumerates with), and a caption's 图/表/Fig./Table with
    // its number and a space, an itinerary's day (Day1：, 第二天：) and a slide deck's page (第一页：, Slide 2:); then the
    // heading's words, Chinese or a capital (2.1 Study area; not 3.5 mg/L, 10 MW…).
    [GeneratedRegex("""
        ^(?:[0-9]{1,2}\s+(?=\p{IsCJKUnifiedIdeographs}) | [0-9]{1,2}(?:\.[0-9]{1,2}){1,3}(?:\s+|(?=\p{IsCJKUnifiedIdeographs}))
          | [一二三四五六七八九十]{1,3}、\s* | [（(][一二三四五六七八九十]{1,3}[)）]\s* | 第[一二三四五六七八九十0-9]{1,3}[章节部分篇]\s* | 第(?:[一二三四五六七八九十百零〇两]{1,6}|[0-9]{1,3})条[\s\u3000]+
          | (?:图|表|附图|附表|Fig\.?|Figure|Table)\s*[0-9]{1,2}(?:[.\-–][0-9]{1,2})?\s+ | (?i:day)\ ?[0-9]{1,2}[：:\s]\s* | 第[一二三四五六七八九十0-9]{1,3}天[：:\s]\s*
          | 第[一二三四五六七八九十0-9]{1,3}[页张][：:\s]\s* | (?:幻灯片|(?i:slide))\ ?[0-9]{1,2}[：:\s]\s*)
        [\p{IsCJKUnifiedIdeographs}A-Z（(“]
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Heading();
}
