namespace SummEval.Testing;

/// <summary>News stories copied from a news site: a dateline before the lead, the page's fields around the story.</summary>
public static class NewsStories
{
    /// <summary>A wire story: agency, place and date with the reporters, the page's original title, closing and editor.</summary>
    public const string Wire = "原标题：11月CPI同比上涨0.5%\n\n新华社北京12月3日电（记者王敏、李华）国家统计局3日发布数据显示，11月份全国居民消费价格指数同比上涨0.5%，环比下降0.2%。其中，城市上涨0.5%，农村上涨0.4%。\n国家统计局城市司首席统计师表示，受天气转冷等因素影响，鲜菜价格有所上涨。（完）\n（责任编辑：张三）\n来源：新华网";

    /// <summary>A newspaper's own story: 本报讯 with its reporter and correspondent.</summary>
    public const string Newspaper = "本报讯（记者 王敏 通讯员 李华）近日，某市第一人民医院成功完成一例高难度心脏搭桥手术，患者术后恢复良好，已于日前康复出院。据介绍，该患者年逾八旬，合并多种基础疾病，手术风险极高。";

    /// <summary>A web story indented with ideographic spaces, its dateline set off by a space.</summary>
    public const string Indented = "　　中新网客户端北京12月3日电 据教育部网站消息，教育部近日印发通知，要求各地进一步规范校外培训机构收费行为，严禁超期收费。\n【编辑：李四】";

    /// <summary>A story dated by a newspaper's own bureau, with a colon after the dateline.</summary>
    public const string Bureau = "本报上海12月2日讯：上海市统计局2日发布数据，前三季度全市规模以上工业总产值同比增长3.5%，其中战略性新兴产业产值增长8.1%。摄影：王五";

    /// <summary>Every story above.</summary>
    public static readonly IReadOnlyList<string> All = [Wire, Newspaper, Indented, Bureau];

    /// <summary>Stories whose lead opens on where the reporter heard it: a reporter and the source, 据 and the agency, 据悉.</summary>
    public static readonly IReadOnlyList<string> Attributed =
    [
        "本报讯（记者 王小明 通讯员 李华）11月20日，记者从省农业农村厅获悉，今年我省粮食总产量达到1350亿斤，连续8年稳定在1300亿斤以上，再创历史新高。据介绍，今年全省粮食播种面积稳定在1.6亿亩，单产水平进一步提高。（完）",
        "记者昨天从市统计局了解到，前三季度全市地区生产总值同比增长6.5%，增速比上半年提高0.3个百分点。其中，第三产业增加值增长7.2%，对经济增长的贡献率超过六成。",
        "据新华社报道，国家发展改革委近日印发通知，要求各地做好今冬明春能源保供工作，确保群众温暖过冬。通知明确，各地要加强煤炭、天然气等重要能源的产供储销体系建设。",
        "据悉，我国首个深远海浮式风电平台日前在广东阳江海域成功并网发电。该平台装机容量为7.25兆瓦，年发电量可满足约3万户家庭的用电需求。",
        "[正文]据外媒New Atlas报道,日本和美国科学家设计的一个新系统将为严重恐惧症患者带来新的希望。该系统基于功能性磁共振成像技术，可以实时监测患者大脑的活动。", // a label before it (CSL test's words)
    ];

    /// <summary>Whether <paramref name="summary"/> holds an attribution's words (<see cref="Attributed"/>).</summary>
    public static bool TakesAnAttribution(string summary) =>
        Array.Exists(["记者", "获悉", "了解到", "据", "报道", "统计局"], word => summary.Contains(word, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="summary"/> holds text that only a dateline or a page field holds.</summary>
    public static bool TakesFromTheByline(string summary) =>
        summary.Contains("日电", StringComparison.Ordinal) || summary.Contains("日讯", StringComparison.Ordinal)
        || summary.Contains("报讯", StringComparison.Ordinal) || summary.Contains("记者", StringComparison.Ordinal)
        || summary.Contains("通讯员", StringComparison.Ordinal) || summary.Contains("新华社", StringComparison.Ordinal)
        || summary.Contains("中新网", StringComparison.Ordinal) || summary.Contains("标题", StringComparison.Ordinal)
        || summary.Contains("编辑", StringComparison.Ordinal) || summary.Contains("来源", StringComparison.Ordinal)
        || summary.Contains("摄影", StringComparison.Ordinal) || summary.Contains("CPI", StringComparison.Ordinal)
        || summary.Contains("完）", StringComparison.Ordinal) || summary.EndsWith('完') || summary.Contains("张三", StringComparison.Ordinal)
        || summary.Contains("王敏", StringComparison.Ordinal) || summary.Contains("李华", StringComparison.Ordinal)
        || summary.Contains("李四", StringComparison.Ordinal) || summary.Contains("王五", StringComparison.Ordinal);
}
