namespace SummEval.Testing;

/// <summary>Articles and reviews copied from a web page or an official account, with the page's calls to follow and share, its list of other articles, and a review's rating and reaction counts.</summary>
public static class WebPages
{
    /// <summary>An official account's article: a call to follow over it, a call to scan, the list of other articles and a call to share under it.</summary>
    public const string OfficialAccount = "点击上方蓝字关注我们\n近年来，数字普惠金融在我国农村地区快速发展。本文基于中国家庭金融调查数据，实证检验了数字普惠金融对农户收入的影响。研究发现，数字普惠金融显著促进了农户收入增长。\n▼\n长按识别二维码关注\n往期推荐：\n数字经济与乡村振兴\n点个“在看”，分享给更多人";

    /// <summary>A page's article with a bracketed list heading and a call to read the original.</summary>
    public const string ReadMore = "数字普惠金融显著促进了农户收入增长，且这种促进作用在中西部地区更为明显。缓解信贷约束是其主要作用机制。\n阅读原文\n【推荐阅读】\n数字经济如何赋能乡村振兴？\n农村电商发展的新趋势";

    /// <summary>A shop's product review: the rating over it and the reaction counts under it.</summary>
    public const string Review = "★★★★☆ 4.0分\n用了一个月，总体不错。续航很强，充一次电能用两天；屏幕清晰，但是拍照一般，夜景有噪点。性价比高，值得购买。\n有用(23)  回复(5)";

    /// <summary>A film review: stars and a word between its paragraphs, counts under it.</summary>
    public const string FilmReview = "这部电影讲述了一个普通家庭在时代变迁中的命运沉浮，演员表演细腻，但后半段节奏拖沓。\n★★★☆☆ 还行\n赞 128 · 回复 16\n整体而言值得一看，尤其是前半段的家庭戏非常动人。";

    /// <summary>An official account's article under its byline: original, author, account, date and time.</summary>
    public const string Bylined = "原创 张三 某某科技 2021-03-05 10:32\n近日，某某大学研究团队在《自然》杂志发表论文，首次揭示了水稻耐盐碱的分子机制。研究发现，一个名为OsSOS1的基因在盐胁迫下能够调控钠离子外排，从而提高水稻的耐盐能力。";

    /// <summary>An official account's article under its credits, each a role, a bar and a name.</summary>
    public const string Credited = "作者｜王小明  编辑｜赵小红\n近年来，随着人口老龄化加剧，养老服务需求快速增长。专家指出，发展社区居家养老是应对老龄化的重要途径，应加大政策支持力度。";

    /// <summary>A shop's review: a heading, and a rating for each aspect on its line, stars after a label, over the buyer's words.</summary>
    public const string ShopReview = "商品评价\n物流评分：★★★★★\n服务评分★★★★☆\n宝贝收到了，质量很好，做工精细，穿着很舒服，尺码也标准，值得购买！";

    /// <summary>An education bureau's notice with the account's calls under it: scan the code below, follow the account by its quoted name.</summary>
    public const string ScanToFollow = "2026年全市中小学寒假时间确定为1月20日至2月24日，各学校不得提前放假或推迟开学。\n扫描下方二维码，关注“某某教育”公众号，获取更多资讯。\n长按识别二维码";

    /// <summary>Every page above.</summary>
    public static readonly IReadOnlyList<string> All = [OfficialAccount, ReadMore, Review, FilmReview, Bylined, Credited, ShopReview, ScanToFollow];

    /// <summary>An encyclopedia's article: its term glossed in English in brackets (长城（英语：Great Wall）).</summary>
    public const string Encyclopedia = "长城（英语：Great Wall），又称万里长城，是中国古代的军事防御工事，是一道高大、坚固而且连绵不断的长垣，用以限隔敌骑的行动。长城东西绵延上万华里，因此又称作万里长城。现存的长城遗迹主要为始建于14世纪的明长城。";

    /// <summary>A book's page: its description and its author's, each under a heading alone on its line.</summary>
    public const string BookPage = "内容简介\n《三体》是刘慈欣创作的系列长篇科幻小说，讲述了地球人类文明和三体文明的信息交流、生死搏杀及两个文明在宇宙中的兴衰历程。该作品获得第73届世界科幻大会颁发的雨果奖最佳长篇小说奖。\n作者简介\n刘慈欣，中国科幻小说代表作家，山西阳泉人。";

    /// <summary>Whether <paramref name="summary"/> keeps a word of <see cref="Encyclopedia"/>'s gloss.</summary>
    public static bool KeepsAGloss(string summary) => summary.Contains("英语", StringComparison.Ordinal) || summary.Contains("Great", StringComparison.Ordinal) || summary.Contains("Wall", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="summary"/> holds text that only the page's calls or its list of other articles hold.</summary>
    public static bool TakesFromThePage(string summary) => Array.Exists(PageOnly, summary.Contains);

    private static readonly string[] PageOnly = ["点击", "蓝字", "关注", "二维码", "推荐", "乡村振兴", "在看", "分享", "阅读原文", "电商", "赋能", "▼", "★", "☆", "评分", "商品评价", "4.0分", "还行", "有用", "回复", "赞 128", "(23)", "原创", "某某科技", "2021-03-05", "10:32", "作者", "编辑", "｜", "王小明", "赵小红"];
}
