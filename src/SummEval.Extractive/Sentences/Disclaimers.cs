using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The statements a kind of text prints whole, every time, about itself rather than its matter: a listed company's guarantee
/// over its announcement (<c>本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏…</c>), a report's or an
/// article's disclaimer (<c>免责声明：本报告仅供参考，不构成投资建议。</c>, <c>本文仅代表作者个人观点，不代表本平台立场。</c>), the
/// risk warning (<c>投资有风险，入市需谨慎。</c>), a reposted article's copyright note (<c>版权归原作者所有，如有侵权请联系删除。</c>) an
/// answer's disclosure of its author's interest (<c>利益相关：某互联网大厂算法工程师。</c>) and where its pictures came from
/// (<c>（文中图片来自网络）</c>). No summary is taken from them.
/// </summary>
public static partial class Disclaimers
{
    /// <summary>Whether <paramref name="sentence"/> is nothing but such a statement.</summary>
    public static bool Is(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return text.Length is > 6 and <= 200 && MayHave(text) && (Guarantee().IsMatch(text) || Statement().IsMatch(text) || Disclosure().IsMatch(text) || ImageSource().IsMatch(text));
    }

    /// <summary>Whether <paramref name="text"/> may hold such a statement (one search for the words they share), so its sentences are tested only then.</summary>
    public static bool MayHave(ReadOnlySpan<char> text) => text.IndexOfAny(Words) >= 0;

    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create(
        ["虚假记载", "误导性陈述", "仅代表", "仅供参考", "不构成", "不代表", "有风险", "版权归", "侵权", "转载请", "利益相关", "自网络", "于网络", "自互联网"], StringComparison.Ordinal);

    // The company, its board or its directors guarantee that the announcement holds no false record, misleading statement or
    // material omission (the Shanghai and Shenzhen exchanges' wordings), and whatever liability they take for it.
    [GeneratedRegex(@"^(?:本公司|公司|本行|本集团|本基金管理人)[^。！？]{0,30}保证[^。！？]{0,60}(?:虚假记载|误导性陈述|重大遗漏)[^。！？]{0,80}[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Guarantee();

    // An answer's disclosure of the author's interest (利益相关：某互联网大厂算法工程师。), a phrase without a comma of its own.
    [GeneratedRegex(@"^利益相关[\ \t　]*[：:][\ \t　]*[^，,。！？!?；;]{1,40}[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Disclosure();

    // Where the pictures came from, perhaps in brackets, perhaps asking to be told of a claim ((文中图片来自网络), 图片来源于网络，侵删).
    [GeneratedRegex(@"^[（(]?(?:文中|本文|文章)?(?:图片|配图|插图)(?:均|素材)?(?:来自|来源于|源自|取自)(?:网络|互联网)(?:[，,][\ \t　]*(?:侵删|如有侵权(?:请)?(?:联系)?(?:删除)?))?[)）]?[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ImageSource();

    // One or more in a row, perhaps under a label: the text speaks only for its author or is for reference only, is no
    // advice, the risk warning, the copyright note and the request to remove or credit; not a sentence that goes on to its
    // matter (本报告仅供参考，其中数据来自国家统计局 is not all statement).
    [GeneratedRegex("""
        ^(?:(?:免责|特别|版权)?声明[\ \t　]*[：:][\ \t　]*)?
        (?:(?:(?:本文|本报告|文章|本号|本内容|本资料|以上内容|以上|内容)?
              (?:仅代表作者(?:本人|个人)?的?观点 | 仅供参考(?:之用)? | 不构成(?:任何)?(?:投资|购买|医疗)?建议(?:或承诺)?(?:，|,)?(?:据此操作|据此投资)?(?:，|,)?(?:风险自担)?
                | 不代表本(?:平台|号|站|网|网站|公众号|刊)的?(?:观点|立场)(?:或证实其描述)?)
          | (?:股市|市场|投资|理财)有风险[，,\ ]?(?:投资|入市|选择|理财)需谨慎
          | (?:文章|图片|本文|文中图片)?版权归(?:原)?作者(?:或原出处)?所有 | 如(?:有|涉及)(?:侵权|版权问题)[，,\ ]?请(?:及时)?(?:联系|与我们联系)(?:我们|本号|小编)?(?:删除|处理)?
          | (?:本文|文章|原创文章)?转载请(?:注明|联系)(?:出处|作者|来源)?)
          [，,。；;！!\ ]*)+$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Statement();
}
