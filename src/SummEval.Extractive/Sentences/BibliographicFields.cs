using System.Buffers;
using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The fields a journal page prints around an abstract and a copy takes along (<c>关键词：…</c>, <c>【中图分类号】…</c>,
/// <c>基金项目：…</c>, <c>作者简介：…</c>, <c>Key words: …</c>): metadata, not prose: no summarizer takes a summary from one.
/// </summary>
public static partial class BibliographicFields
{
    // Words every label holds: a text with none of them (most abstracts) has no field, so no sentence of it is matched.
    private static readonly SearchValues<string> LabelWords = SearchValues.Create(
        ["关键", "关 键", "分类号", "基金", "基 金", "作者", "文献标", "文章编号", "收稿", "修回", "录用", "接受日期", "网络出版", "网络首发", "引用", "引文", "资助", "单位", "在线", "出版", "发表", "专辑", "专题", "刊名", "期刊", "页码", "页数", "DOI", "ISSN",
         "key word", "keyword", "index term", "CLC", "document code", "article ID", "foundation", "biograph", "received", "revised", "accepted", "cite this", "corresponding"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="text"/> may hold a field (one vectorised search for the labels' words), so callers test its sentences with <see cref="Opens"/> only then.</summary>
    public static bool MayHave(string text) => text is not null && text.AsSpan().IndexOfAny(LabelWords) >= 0;

    /// <summary>
    /// Whether <paramref name="sentence"/> opens with a field label set off as one (<c>关键词：</c>, <c>【中图分类号】</c>,
    /// <c>Key words:</c>): the sentence is the field's value, not prose.
    /// </summary>
    public static bool Opens(ReadOnlySpan<char> sentence) => Label().IsMatch(sentence.TrimStart());

    // A field label set off as a label: bracketed (【关键词】) or followed by a colon (关键词：, Key words:).
    [GeneratedRegex("""
        ^(?:[【\[]\s*)?
        (?:关\s*键\s*[词字] | 中图法?分类号 | 中国图书(?:资料)?分类号 | 分类号 | 文献标[志识]码 | 文章编号 | 基金项目 | 基金资助 | 资助项目 | 资助基金 | 项目基金 | 基\s*金
          | (?:第一)?作者简介 | (?:第一)?作者(?:单位)? | 作者信息 | 单位 | 通[信讯]作者 | 收稿日期 | 修回日期 | 录用日期 | 接受日期
          | 网络(?:出版|首发)(?:时间|地址|日期) | 在线(?:公开|出版)(?:时间|日期) | 出版日期 | 发表时间 | 专辑 | 专题 | 刊名 | 期刊名称 | 页码 | 页数 | DOI | ISSN
          | (?:本文)?引[用文]格式 | 引用本文
          | key\s*words? | index\s+terms | CLC\s+(?:number|No\.?) | document\s+code | article\s+ID | foundation\s+items?
          | (?:authors?'?s?\s+)?biograph(?:y|ies) | corresponding\s+authors? | (?:received|revised|accepted)(?:\s+date)? | cite\s+this\s+article)
        \s*(?:[】\]]\s*[:：]? | [:：])
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Label();
}
