using System.Buffers;
using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The fields a journal page prints around an abstract and a copy takes along (<c>关键词：…</c>, <c>【中图分类号】…</c>,
/// <c>基金项目：…</c>, <c>作者简介：…</c>, <c>Key words: …</c>), and those a news page prints around a story (<c>原标题：…</c>,
/// <c>来源：…</c>, <c>（责任编辑：…）</c>): metadata, not prose: no summarizer takes a summary from one.
/// </summary>
public static partial class BibliographicFields
{
    // Words every label holds: a text with none of them (most abstracts) has no field, so no sentence of it is matched.
    // A news page's labels are common words in prose (来源解析, 编辑距离), so they count here only with their colon or bracket.
    private static readonly SearchValues<string> LabelWords = SearchValues.Create(
        ["关键", "关 键", "分类号", "基金", "基 金", "作者", "文献标", "文章编号", "收稿", "修回", "录用", "接受日期", "网络出版", "网络首发", "引用", "引文", "资助", "单位", "在线", "出版", "发表", "专辑", "专题", "刊名", "期刊", "页码", "页数", "DOI", "ISSN",
         "原标题", "原文标题", "编辑：", "编辑:", "编辑】", "来源：", "来源:", "来源】", "摄影：", "摄影:", "校对：", "校对:", "审核：", "审核:", "监制：", "监制:",
         "key word", "keyword", "index term", "CLC", "document code", "article ID", "foundation", "biograph", "received", "revised", "accepted", "cite this", "corresponding"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="text"/> may hold a field (one vectorised search for the labels' words, one for a line
    /// break: an author or affiliation line is a line of its own), so callers test its sentences with
    /// <see cref="IsField"/> only then.
    /// </summary>
    public static bool MayHave(string text) =>
        text is not null && (text.AsSpan().IndexOfAny(LabelWords) >= 0 || text.AsSpan().IndexOfAny('\n', '\r') >= 0);

    /// <summary>Whether <paramref name="sentence"/> is a field: it opens with a field label (<see cref="Opens"/>) or is an author or affiliation line (<see cref="IsByline"/>).</summary>
    public static bool IsField(ReadOnlySpan<char> sentence) => Opens(sentence) || IsByline(sentence);

    /// <summary>
    /// Whether <paramref name="sentence"/> is a paper's author line (<c>张三1，李四2*</c>: Chinese names, each marked with
    /// its affiliation's number or an asterisk) or affiliation line (<c>（1.山东大学 经济学院，山东 济南 250100；…）</c>:
    /// bracketed, naming an institution, with a postal code or a province or city).
    /// </summary>
    public static bool IsByline(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        if (text.IsEmpty || text.Length > 300)
        {
            return false;
        }

        return text[0] is '（' or '(' && text[^1] is '）' or ')'
            ? Affiliation().IsMatch(text)
            : text.IndexOfAny("0123456789*∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰") >= 0 && Authors().IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> opens with a field label set off as one (<c>关键词：</c>, <c>【中图分类号】</c>,
    /// <c>Key words:</c>): the sentence is the field's value, not prose.
    /// </summary>
    public static bool Opens(ReadOnlySpan<char> sentence) => Label().IsMatch(sentence.TrimStart());

    // Two to eight names of two to four Chinese characters (a space may split a two-character name: 张 三), each but
    // perhaps one followed by marks (1, 1,2, *), separated by commas, 、 or spaces.
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}(?:\s?\p{IsCJKUnifiedIdeographs}){1,3}[0-9*∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰,，]*\s*[，,、;；\s]\s*){1,7}\p{IsCJKUnifiedIdeographs}(?:\s?\p{IsCJKUnifiedIdeographs}){1,3}[0-9*∗†‡¹²³⁴⁵⁶⁷⁸⁹⁰,]*$")]
    private static partial Regex Authors();

    // An institution, and a postal code or a province or city.
    [GeneratedRegex(@"(?:大学|学院|研究所|研究院|研究中心|医院|实验室|公司|中心)(?:.*?(?:[0-9]{6}|省|市|自治区)|.*?[0-9]{6})")]
    private static partial Regex Affiliation();

    // A field label set off as a label: bracketed (【关键词】) or followed by a colon (关键词：, Key words:).
    [GeneratedRegex("""
        ^(?:[【\[（(]\s*)?
        (?:关\s*键\s*[词字] | 中图法?分类号 | 中国图书(?:资料)?分类号 | 分类号 | 文献标[志识]码 | 文章编号 | 基金项目 | 基金资助 | 资助项目 | 资助基金 | 项目基金 | 基\s*金
          | (?:第一)?作者简介 | (?:第一)?作者(?:单位)? | 作者信息 | 单位 | 通[信讯]作者 | 收稿日期 | 修回日期 | 录用日期 | 接受日期
          | 网络(?:出版|首发)(?:时间|地址|日期) | 在线(?:公开|出版)(?:时间|日期) | 出版日期 | 发表时间 | 专辑 | 专题 | 刊名 | 期刊名称 | 页码 | 页数 | DOI | ISSN
          | (?:本文)?引[用文]格式 | 引用本文
          | (?:责任|值班|实习)?编辑 | (?:新闻|稿件|文章|信息)?来源 | 原(?:文)?标题 | 摄影 | 校对 | 审核 | 监制
          | key\s*words? | index\s+terms | CLC\s+(?:number|No\.?) | document\s+code | article\s+ID | foundation\s+items?
          | (?:authors?'?s?\s+)?biograph(?:y|ies) | corresponding\s+authors? | (?:received|revised|accepted)(?:\s+date)? | cite\s+this\s+article)
        \s*(?:[】\]]\s*[:：]? | [:：])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Label();
}
