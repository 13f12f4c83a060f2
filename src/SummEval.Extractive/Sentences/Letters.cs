using System.Text.RegularExpressions;

namespace SummEval.Extractive.Sentences;

/// <summary>
/// The courtesies a letter or an e-mail wraps its message in: a greeting standing as a sentence (<c>您好！</c>,
/// <c>各位老师好！</c>, <c>Hi all,</c>), thanks alone (<c>谢谢！</c>), and a closing formula (<c>此致</c>⏎<c>敬礼！</c>, <c>顺颂商祺</c>,
/// <c>祝好</c>, <c>Best regards</c>) with the signature and date after it, and the stock phrases a message ends on (an offer
/// to answer, an apology for the trouble). They greet and sign; no summary is taken from them.
/// </summary>
public static partial class Letters
{
    /// <summary>Whether <paramref name="sentence"/> is nothing but a greeting or thanks (<c>您好！</c>, <c>大家好，</c>, <c>谢谢！</c>).</summary>
    public static bool IsGreeting(ReadOnlySpan<char> sentence) => Greeting().IsMatch(sentence.Trim());

    /// <summary>
    /// Whether <paramref name="sentence"/> is a closing formula alone (<c>此致</c>, <c>敬礼！</c>, <c>此致敬礼！</c>, <c>顺颂商祺</c>,
    /// <c>祝工作顺利！</c>, <c>Best regards,</c>): the letter's message has ended, and what follows signs it.
    /// </summary>
    public static bool IsClosing(ReadOnlySpan<char> sentence) => Closing().IsMatch(sentence.Trim());

    /// <summary>
    /// Whether <paramref name="sentence"/> is nothing but stock phrases: those a letter or a notice closes its message with (an
    /// offer to answer, <c>如有问题，请随时与我联系。</c>, <c>欢迎垂询</c>; an apology for the trouble, <c>由此给您带来的不便，敬请谅解！</c>),
    /// an invitation's welcome (<c>敬备喜宴，恭候光临！</c>), or a show's greeting and sign-off (<c>大家好，欢迎收听本期《科技早知道》，我是主播小林。</c>,
    /// <c>好了，本期节目就到这里，我们下期再见！</c>), or a pointer to more (<c>详细报名信息请访问官网</c>, <c>详情见附件</c>).
    /// </summary>
    public static bool IsStockPhrase(ReadOnlySpan<char> sentence) => StockPhrase().IsMatch(sentence.Trim());

    /// <summary>
    /// Whether <paramref name="line"/> is an e-mail's subject as a reply or a forward shows it over the message
    /// (<c>Re: 关于项目进度的讨论</c>, <c>Fwd: …</c>, <c>回复：…</c>): a line of its own, and the salutation under it opens the message.
    /// </summary>
    public static bool IsReplySubject(ReadOnlySpan<char> line) => ReplySubject().IsMatch(line.Trim());

    /// <summary>
    /// Whether <paramref name="line"/> is the line a mail client sets over a quoted message (<c>在 2026年11月30日 14:20，王老师 写道：</c>,
    /// <c>On Mon, Nov 30, 2026 at 2:20 PM Wang Li wrote:</c>): who wrote it and when, a line of its own and no summary's source.
    /// </summary>
    public static bool IsQuoteHeader(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return text.Length is > 4 and <= 120 && text[^1] is ':' or '：' && QuoteHeader().IsMatch(text);
    }

    /// <summary>Whether <paramref name="text"/> may hold a courtesy (one search for the words they share), so its sentences are tested only then.</summary>
    public static bool MayHave(ReadOnlySpan<char> text) => text.IndexOfAny(Words) >= 0 || text.IndexOfAny(EnglishWords) >= 0;

    // Two searches: a case-blind one over Chinese words would fall back from the vectorised path.
    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create(
        ["您好", "你好", "们好", "大家好", "各位好", "老师好", "同学好", "同事好", "领导好", "专家好", "朋友好", "早上好", "上午好", "中午好", "下午好", "晚上好",
         "谢谢", "多谢", "感谢", "此致", "敬礼", "顺颂", "祝好", "祝安", "祝顺利", "祝工作", "祝身体", "祝研安", "祝一切", "祝生活",
         "联系", "谅解", "原谅", "见谅", "垂询", "光临", "莅临", "敬备", "收听", "收看", "观看", "节目", "再见", "主播", "主持人", "详情", "信息请", "谢邀", "谢谢邀请", "感谢邀请", "欢迎讨论", "欢迎交流", "欢迎指正", "欢迎批评", "欢迎补充", "欢迎留言", "欢迎大家", "内容请", "资讯请", "事宜请", "情况请", "方式请", "流程请", "阅读原文", "点击", "说明书并"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> EnglishWords = System.Buffers.SearchValues.Create(
        ["regards", "sincerely", "best wishes", "hi ", "hi,", "hello", "dear "], StringComparison.OrdinalIgnoreCase);

    // 您好, 你好, 大家好, 各位老师好, 老师们好, 早上好; Hi/Hello/Dear and a name; thanks alone, or to the reader with a few words
    // (感谢您的支持与配合), or for the invitation to answer (谢邀, a Q&A site's); not thanks to a named body (感谢国家自然科学基金的资助).
    [GeneratedRegex("""
        ^(?:(?:各位|尊敬的)?\p{IsCJKUnifiedIdeographs}{0,4}?(?:您|你|大家|们|各位|老师|同学|同事|领导|专家|朋友)好 | (?:早上|上午|中午|下午|晚上)好
          | (?:Hi|Hello|Dear)(?:\ [A-Za-z\p{IsCJKUnifiedIdeographs}.\ ]{1,30})? | (?:非常)?(?:谢谢|感谢|多谢)(?:(?:您|你|大家|各位)\p{IsCJKUnifiedIdeographs}{0,10})?
          | (?:谢邀|谢谢邀请|感谢邀请))
        [！!，,。.～~\ ]*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Greeting();

    [GeneratedRegex("""
        ^(?:此致(?:[\ \t\u3000]*敬礼)? | 敬礼 | 顺颂(?:商祺|时祺|时绥|教祺|研安) | 祝(?:好|安|顺利|工作顺利|身体健康|研安|一切顺利|生活愉快)
          | (?:Best|Kind|Warm)\ regards | Regards | Sincerely(?:\ yours)? | Yours\ sincerely | Best\ wishes)
        [！!，,。.～~\ ]*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Closing();

    // One or more in a row: an offer, with or without the case it is for (如有疑问，请与我们联系; 欢迎随时联系我们), and an
    // apology for what the notice's matter puts the reader to (由此给您带来的不便，敬请谅解; 不便之处，敬请见谅); not an offer
    // with the number to call (如有疑问，请致电95598), which informs. An invitation's welcome (敬备喜宴，恭候光临), and a show's
    // greeting, welcome and sign-off (大家好，欢迎收听本期《科技早知道》，我是主播小林; 好了，本期节目就到这里，我们下期再见). A pointer
    // to more (详细报名信息请访问官网 and the address, 详情见附件, 点击阅读原文): what it points to is not here. A leaflet's caution to
    // read it (请仔细阅读说明书并在医师指导下使用), which every leaflet prints. An answer's sign-off (以上，欢迎讨论).
    [GeneratedRegex("""
        ^(?:(?:(?:如(?:有|需|果有)(?:任何)?(?:问题|疑问|疑问之处|不明之处|需要|需求|困难|意见|建议|意见(?:或|和|与)建议)[，,\ ]*)?
              (?:请|欢迎|可)(?:您|大家)?(?:随时|及时|直接)?(?:(?:与|和|跟)(?:我|我们|本人|我司|本公司)?)?(?:联系|沟通)(?:我|我们)?
            | (?:由此|因此)?(?:给|对)?(?:您|你|大家|各位|广大\p{IsCJKUnifiedIdeographs}{1,4})?(?:带来|造成)的?(?:不便|困扰|影响)(?:之处)?[，,\ ]*敬请(?:谅解|原谅|见谅)
            | (?:不便之处|如有不便)[，,\ ]*敬请(?:谅解|原谅|见谅) | 敬请(?:谅解|原谅|见谅) | 欢迎(?:垂询|来电|咨询|来电咨询)
            | (?:以上)?[，,。.\ ]*欢迎(?:大家)?(?:讨论|交流|指正|批评指正|补充|留言(?:讨论|交流)?) | 以上
            | 敬备(?:喜宴|薄酌|菲酌) | (?:届时)?(?:恭候|敬请|欢迎)(?:您的|各位)?(?:光临|莅临)(?:指导)?
            | (?:大家|各位(?:听众|观众|网友)?(?:朋友们?)?|(?:听众|观众|网友)朋友们?)(?:大家)?好
            | 欢迎(?:收听|收看|观看)(?:本期|今天的|这一期)?(?:节目)?(?:《[^》]{1,20}》)? | 欢迎来到(?:本期|今天的)?(?:节目)?《[^》]{1,20}》
            | 我是(?:你们的|您的)?(?:主播|主持人)\p{IsCJKUnifiedIdeographs}{1,4} | 好了 | (?:今天|本期|这期)的?节目就?先?(?:到这里|到此结束)了?
            | (?:我们)?下(?:期|次)(?:节目)?再见 | (?:感谢|谢谢)(?:大家|您|各位)?的?(?:收听|收看|观看)
            | (?:详情|详细(?:报名)?信息|更多(?:详细)?(?:信息|内容|详情|资讯)|具体(?:信息|事宜|内容|情况)|(?:报名|购票|活动|招聘)(?:详情|信息|方式|流程))
              (?:请|可|敬请)?您?(?:访问|登录|登陆|关注|查看|浏览|参见|参阅|见|点击)(?:我们的|本|我司)?
              (?:官网|官方网站|网站|网页|(?:微信)?公众号|官方微信|官方微博|主页|原文|(?:下方|文末)?链接|附件)?
            | 点击(?:下方|文末)?(?:链接|阅读原文)(?:了解|查看)?(?:详情|更多)?
            | 请仔细阅读(?:本品|本)?说明书并(?:按说明使用|在(?:医师|药师)指导下(?:购买和)?使用)(?:或在药师指导下购买和使用)?)
          [！!，,、\ ]*)+
        [。.～~\ ]*$
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex StockPhrase();

    [GeneratedRegex(@"^(?:在\s*[^。！？!?]{0,60}?[\s，,]*\S{1,20}\s*写道|On\s[^.!?]{4,90}\swrote)\s*[：:]$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"^(?:(?:Re|Fw|Fwd|答复|回复|转发)[ \t]*[:：][ \t]*)+\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ReplySubject();
}
