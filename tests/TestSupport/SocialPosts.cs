namespace SummEval.Testing;

/// <summary>Posts and digests that open a story with its headline in 【】 on the story's own line, as social posts and news digests do.</summary>
public static class SocialPosts
{
    /// <summary>A microblog post: a topic inside the headline, the story, the post's topic and reaction counts after it.</summary>
    public const string Microblog = "【#教育部发布2022年高考报名人数#：1193万人】6月1日，教育部召开新闻发布会，介绍2022年高考工作有关情况。2022年全国高考报名人数1193万人，比去年增加115万人，再创历史新高。教育部要求各地切实做好考试组织和安全保障工作。";

    /// <summary>A bank's decision under a headline with no mark but its figure.</summary>
    public const string Decision = "【央行宣布下调金融机构存款准备金率0.5个百分点】中国人民银行决定于2021年12月15日下调金融机构存款准备金率0.5个百分点，此次降准共计释放长期资金约1.2万亿元。人民银行表示，此次降准是货币政策的常规操作，稳健的货币政策取向没有改变。";

    /// <summary>A morning digest: its label, then two stories under their headlines.</summary>
    public const string Digest = "【早报】\n【北京：明起全市中小学恢复线下教学】北京市教委今天发布通知，全市中小学将于明天起恢复线下教学，各校要做好开学前的各项准备工作。\n【国家统计局：11月CPI同比上涨2.3%】国家统计局今天发布数据，11月份全国居民消费价格同比上涨2.3%，环比上涨0.4%。";

    /// <summary>A shop's listing as a post sets it: a title between emoji, then points with emoji for bullets.</summary>
    public const string Listing = "🔥限时特惠🔥 某品牌11英寸平板电脑 8GB+128GB\n✅ 2.5K高清护眼全面屏，120Hz高刷新率\n✅ 八核处理器，运行流畅不卡顿\n✅ 7250mAh大电池，续航长达12小时\n💰 到手价仅需1999元，赠送原装手写笔！";

    /// <summary>A shop's post: a call for attention (🔥重磅！) over the offer, with an emoji mid-paragraph.</summary>
    public const string Promotion = "🔥重磅！今年双十一预售今晚8点正式开启👉 全场满300减50，叠加品类券最高可省100元！💰 数码家电、美妆个护都有大额优惠，记得提前加购哦～ ✨";

    /// <summary>Every text above.</summary>
    public static readonly IReadOnlyList<string> All = [Microblog, Decision, Digest, Listing, Promotion];

    /// <summary>A diary's entry under its dateline (the date, the weekday and the weather), and the same entry under a shorter one.</summary>
    public static readonly IReadOnlyList<string> Diaries =
    [
        "2026年11月30日 星期一 阴\n今天终于把论文初稿交给导师了。写了整整三个月，中间推翻重来了两次。\n晚上和室友去吃了火锅，算是犒劳自己。\n明天开始准备期末考试，还有三门课没复习。加油吧！",
        "11月30日（周一）\n今天终于把论文初稿交给导师了。写了整整三个月，中间推翻重来了两次。\n晚上和室友去吃了火锅，算是犒劳自己。",
    ];

    /// <summary>Whether <paramref name="summary"/> takes a word from a diary's dateline (<see cref="Diaries"/>).</summary>
    public static bool KeepsTheDateline(string summary) => summary.Contains("11月30日", StringComparison.Ordinal) || summary.Contains('星') || summary.Contains('周') || summary.Contains('阴');

    /// <summary>
    /// Whether <paramref name="summary"/> holds an emoji bullet of <see cref="Listing"/> (…高刷新率✅ 八核…, 小时💰 到手价…) or an emoji
    /// of <see cref="Promotion"/> (…开启👉 全场…, …加购哦～ ✨).
    /// </summary>
    public static bool KeepsABullet(string summary) =>
        summary.Contains('✅', StringComparison.Ordinal) || summary.Contains("💰", StringComparison.Ordinal) || summary.Contains("👉", StringComparison.Ordinal)
        || summary.Contains('✨', StringComparison.Ordinal) || summary.Contains("🔥", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="summary"/> keeps a headline's brackets, or glues a headline to its story's first words (…1193万人】6月1日).</summary>
    public static bool KeepsAHeadlinesBrackets(string summary) => summary.AsSpan().IndexOfAny("【】") >= 0;
}
