using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// What a web page or an official account's article sets around its text and a copy brings along: calls to follow, scan
/// or share (<c>点击上方蓝字关注我们</c>, <c>长按识别二维码关注</c>, <c>点个“在看”，分享给更多人</c>) and the list of other articles
/// under a heading (<c>往期推荐：</c>, <c>推荐阅读</c>), an article's byline (<c>原创 张三 某某科技 2021-03-05 10:32</c>), and a review's or a post's reaction counts and rating
/// (<c>有用(23)  回复(5)</c>, <c>★★★★☆ 4.0分</c>). Each call or count is a line of its own and, with everything after such a
/// heading, a field no summary is taken from.
/// </summary>
public static partial class WebPageChrome
{
    /// <summary>
    /// Whether <paramref name="sentence"/> is a call to follow, scan, like or share: at most 30 characters holding one
    /// (<c>点击上方蓝字关注我们</c>, <c>长按识别二维码</c>, <c>扫描下方二维码，关注“某某教育”公众号，获取更多资讯。</c>, <c>点个“在看”</c>), or ending on one (<c>扫码关注</c>, <c>欢迎关注我们！</c>; not
    /// <c>本文关注我们这一代人的就业问题</c>, where 关注 is the text's verb).
    /// </summary>
    public static bool IsCall(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return text.Length is >= 4 and <= 30 && Call().IsMatch(text);
    }

    /// <summary>Whether <paramref name="sentence"/> is the heading of a list of other articles (<c>往期推荐：</c>, <c>推荐阅读</c>, <c>往期回顾</c>, <c>相关阅读</c>, <c>延伸阅读</c>), as the whole line.</summary>
    public static bool IsListHeading(ReadOnlySpan<char> sentence) => ListHeading().IsMatch(sentence.Trim());

    /// <summary>
    /// Whether <paramref name="sentence"/> is the shop's reply under a review (<c>商家回复：感谢您的支持，我们会继续努力！</c>,
    /// <c>掌柜回复：…</c>): the seller answers, and the review is the buyer's.
    /// </summary>
    public static bool IsSellersReply(ReadOnlySpan<char> sentence) => SellersReply().IsMatch(sentence.TrimStart());

    /// <summary>
    /// Whether <paramref name="sentence"/> is a line of readers' reactions or a rating, as a review or a post shows them:
    /// counts of buttons (<c>有用(23)  回复(5)</c>, <c>赞 12 · 评论 3</c>, <c>转发</c>) or stars and a score (<c>★★★★☆ 4.0分</c>,
    /// <c>4.5分</c>), perhaps after what they rate (<c>物流评分：★★★★★</c>), and nothing else.
    /// </summary>
    public static bool IsReactionLine(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return text.Length is > 0 and <= 60 && (Reactions().IsMatch(text) || Rating().IsMatch(text));
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> is an article's byline as an official account or a news site sets it over the
    /// text: perhaps <c>原创</c> or <c>转载</c>, the author's or the account's names set apart by spaces, and the date, perhaps
    /// with its time (<c>原创 张三 某某科技 2021-03-05 10:32</c>, <c>某某日报 2021年3月5日</c>), and nothing else; or its credits,
    /// each a role, a bar, slash or colon and a name (<c>作者｜张三  编辑｜李四</c>, <c>文/张三</c>, <c>来源：某某日报</c>); or where it was
    /// taken from (<c>本文转载自微信公众号“科普中国”。</c>, <c>——摘自《人民日报》2026年4月23日评论</c>), or who took its photo (<c>新华社记者 王松 摄</c>
    /// under a caption, <c>张三 摄</c>, <c>视觉中国 供图</c>).
    /// </summary>
    public static bool IsByline(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        return (text.Length is > 8 and <= 80 && Byline().IsMatch(text)) || (text.Length is > 2 and <= 80 && (Credits().IsMatch(text) || Reprint().IsMatch(text) || PhotoCredit().IsMatch(text)));
    }

    // The article, perhaps, then reprinted or taken from a source of a few words, and nothing else (本文转载自…, 转自…,
    // 本文来源于…, ——摘自《…》…); not a sentence that goes on (…转载自网络，内容如下).
    [GeneratedRegex(@"^(?:(?:本文|此文|文章)?(?:转载|转)自|(?:本文|此文|文章)(?:来源于|来自|摘自|选自)|[—－\-]{1,2}[\s　]*(?:摘|选|转)自)[^，,。！？!?；;]{1,50}[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Reprint();

    // The photographers' names, each set apart by a space, perhaps after their agency and role, then 摄 or 供图 (新华社记者 王松 摄,
    // （记者 李明 张华 摄）); the space before 摄 keeps a sentence on filming out (他用手机拍摄).
    [GeneratedRegex(@"^[（(]?(?:\p{IsCJKUnifiedIdeographs}{0,8}?(?:记者|通讯员|摄影记者|特约摄影))?[\s　]*(?:[\p{IsCJKUnifiedIdeographs}·]{2,6}[\s　、]+){1,4}(?:摄|摄影|供图)[）)]?[。.]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:商家|卖家|掌柜|店家|店主|官方|客服)的?(?:回复|回应|答复)[\ \t　]*[：:]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SellersReply();

    // The roles an article credits (not 记者, which labels an interview's questions too: 记者：您如何看待…).
    [GeneratedRegex(@"^(?:(?:作者|文|图|图片|编辑|责编|责任编辑|校对|审核|审校|排版|来源|出品|策划|撰文|摄影|视频|美编|编审|统筹|监制)[\s　]*[｜|/:：][\s　]*[^\s　｜|/:：，,。！？!?；;]{1,20}[\s　]*){1,6}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Credits();

    [GeneratedRegex("""
        ^(?:(?:原创|转载)[\s　]+)?(?:[\p{L}\p{N}_·\-]{1,20}[\s　]+){1,4}
        [0-9]{4}(?:-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|\.[0-9]{1,2}\.[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:[\s　]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:(?:有用|没用|赞|点赞|踩|回复|评论|转发|分享|收藏|举报|喜欢|在看)[\s　]*(?:[（(][\s　]*[0-9][0-9.,]*[万千wWkK]?\+?[\s　]*[)）]|[0-9][0-9.,]*[万千wWkK]?\+?)?[\s　]*[|｜·•/]?[\s　]*){1,8}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Reactions();

    // Stars may have what they rate before them (物流评分：★★★★★, 服务评分★★★★☆); a score alone may not (疼痛评分3分 is a finding).
    [GeneratedRegex(@"^(?:(?:\p{IsCJKUnifiedIdeographs}{1,6}[\s　]*[：:]?[\s　]*)?[★☆✩✰⭐]{1,5}[\s　]*(?:[0-9](?:\.[0-9])?[\s　]*分)?|[0-9](?:\.[0-9])?[\s　]*分)[\s　]*(?:力荐|推荐|还行|较差|很差|好评|中评|差评)?[。！!]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Rating();

    // A code to scan is a call when the page points at it (扫描下方二维码; not 扫描二维码即可查询, a service the text describes),
    // an account to follow when its name is quoted (关注“某某教育”公众号).
    [GeneratedRegex(@"点击(?:上方|下方|蓝字|关注|阅读原文)|长按(?:识别|扫描)?(?:图中|下方)?二维码|(?:扫描|扫一扫|扫)(?:上方|下方|下面|上面|图中|文末|页面|左侧|右侧|以下)的?二维码|关注[“""「『][^”""」』]{1,20}[”""」』](?:微信)?(?:公众号|视频号|服务号|订阅号|官方微博|抖音号)|扫码关注[！!。~～]?$|关注(?:我们|公众号)[！!。~～]?$|点个?[“""]?在看|分享给更多人|^阅读原文$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Call();

    [GeneratedRegex(@"^[【\[]?(?:往期推荐|推荐阅读|往期回顾|往期精选|相关阅读|延伸阅读|热文推荐)[】\]]?\s*[：:]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ListHeading();
}
