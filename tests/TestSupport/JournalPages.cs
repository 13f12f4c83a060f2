namespace SummEval.Testing;

/// <summary>Abstracts copied from a journal page with the fields printed around them (key words, grant, classification, authors).</summary>
public static class JournalPages
{
    /// <summary>Key words and classification lines after an agronomy abstract.</summary>
    public const string Agronomy = "摘要：以黄淮海平原冬小麦为材料，研究了不同施氮量对冬小麦产量和氮素利用效率的影响。结果表明，施氮量为180 kg/hm2时产量最高，氮素利用效率随施氮量增加而降低。\n关键词：冬小麦；施氮量；产量；氮素利用效率\n中图分类号：S512.1  文献标志码：A  文章编号：1000-7091(2019)03-0123-06";

    /// <summary>Bracketed fields after a structured medical abstract.</summary>
    public const string Medicine = "【摘要】目的 探讨二甲双胍对2型糖尿病患者血脂的影响。方法 选取我院2018年1月至2019年12月收治的2型糖尿病患者120例，随机分为观察组与对照组，各60例。结果 观察组总胆固醇、甘油三酯水平明显低于对照组（P<0.05）。结论 二甲双胍可有效改善2型糖尿病患者的血脂水平。\n【关键词】二甲双胍；2型糖尿病；血脂\n【中图分类号】R587.1【文献标识码】A【文章编号】1674-4721(2020)05(b)-0012-03";

    /// <summary>Grant and author lines before an economics abstract, key words after it.</summary>
    public const string Economics = "基金项目：国家自然科学基金项目（71873045）\n作者简介：张三（1980—），男，山东济南人，教授，博士，研究方向为区域经济。\n摘要：本文利用2010—2018年中国省级面板数据，实证检验了数字金融发展对城乡收入差距的影响。研究发现，数字金融发展显著缩小了城乡收入差距，且这一效应在中西部地区更为明显。\n关键词：数字金融；城乡收入差距；面板数据";

    /// <summary>The same fields run into the abstract on one line.</summary>
    public const string OneLine = "基金项目：国家自然科学基金项目（71873045）。摘要：本文利用2010—2018年中国省级面板数据，实证检验了数字金融发展对城乡收入差距的影响。研究发现，数字金融发展显著缩小了城乡收入差距。关键词：数字金融；城乡收入差距；面板数据";

    /// <summary>A paper's first page: its author and affiliation lines before the abstract.</summary>
    public const string FirstPage = "张三1，李四2*\n（1.山东大学 经济学院，山东 济南 250100；2.中国人民大学 财政金融学院，北京 100872）\n摘要：本文利用2010—2018年中国省级面板数据，实证检验了数字金融发展对城乡收入差距的影响。研究发现，数字金融发展显著缩小了城乡收入差距。";

    /// <summary>Author, affiliation and grant fields and the abstract on one line, set off by spaces only, as a web page copies them.</summary>
    public const string SpacedFields = "作者：张三 单位：山东大学经济学院 基金项目：国家自然科学基金项目（71873045） 摘要：本文利用2010—2018年中国省级面板数据，实证检验了数字金融发展对城乡收入差距的影响。研究发现，数字金融发展显著缩小了城乡收入差距";

    /// <summary>Received and revised dates before an abstract with no final full stop, key words after it, on one line.</summary>
    public const string SpacedDates = "收稿日期：2020-01-05；修回日期：2020-03-10 摘要：以黄淮海平原冬小麦为材料，研究了不同施氮量对冬小麦产量和氮素利用效率的影响 关键词：冬小麦；施氮量；产量";

    /// <summary>A paper's first page copied whole: its title over the author line (names marked with affiliation numbers), the affiliations, the abstract and its fields.</summary>
    public const string TitledFirstPage = "儿童哮喘患者肺功能与空气污染暴露的相关性研究\n张三1，李四2，王五1\n（1.复旦大学附属儿科医院呼吸科，上海 201102；2.上海市疾病预防控制中心，上海 200336）\n摘要：目的 探讨空气污染暴露与儿童哮喘患者肺功能的相关性。方法 回顾性分析412例哮喘儿童的临床资料。结果 PM2.5暴露水平与第一秒用力呼气量呈负相关。结论 空气污染暴露与儿童哮喘患者肺功能下降有关。\n关键词：空气污染；哮喘；肺功能\n中图分类号：R562.2+5　文献标志码：A　文章编号：1000-0000(2020)04-0123-05";

    /// <summary>
    /// A first page with the journal's running head over the title, authors without marks over an unbracketed affiliation
    /// ending in its postal code, and the dates, grant and contact fields after the abstract.
    /// </summary>
    public const string RunningHeadPage = "中国农业科学 2020，53（4）：123-130\nScientia Agricultura Sinica\ndoi：10.3864/j.issn.0578-1752.2020.04.001\n黄土高原典型流域土地利用变化及其驱动因素\n张三，李四\n西北农林科技大学资源环境学院，陕西杨凌 712100\n摘要：【目的】分析黄土高原典型流域土地利用变化及其驱动因素。【方法】基于1990-2020年遥感影像，采用土地利用转移矩阵和地理探测器方法。【结果】耕地面积持续减少，林草地面积显著增加。【结论】退耕还林政策是土地利用变化的主要驱动因素。\n关键词：土地利用；驱动因素；黄土高原\n收稿日期：2019-10-12；接受日期：2019-12-20\n基金项目：国家自然科学基金（41771111）\n联系方式：张三，E-mail：zhangsan@nwafu.edu.cn";

    /// <summary>An abstract pasted with more of its paper: the body's numbered headings, a figure's and a table's caption, a table's rows and the reference list.</summary>
    public const string PastedPaper = "摘要：以黄淮海平原冬小麦为材料，研究了不同施氮量对冬小麦产量和氮素利用效率的影响。结果表明，施氮量为180 kg/hm2时产量最高，氮素利用效率随施氮量增加而降低。适量减少施氮可在保证产量的同时提高氮素利用效率。\n1 材料与方法\n1.1 试验设计\n试验于2018—2020年在河南省新乡市进行，设4个施氮水平。\n2 结果与分析\n2.1 施氮量对产量的影响\n施氮量为180 kg/hm2时产量最高，继续增施氮肥产量不再增加。\n图1 不同施氮量下冬小麦产量的变化\n表1 不同施氮量下冬小麦产量和氮素利用效率\n处理\t产量/(kg·hm-2)\t氮素利用效率/%\nN180\t7650\t42.3\n参考文献\n[1] 张三, 李四. 施氮量对冬小麦产量和氮素利用效率的影响[J]. 中国农业科学, 2018, 51(3): 456-465.\n[2] 王五. 黄淮海平原冬小麦氮肥管理研究进展[J]. 植物营养与肥料学报, 2019, 25(1): 1-12.";

    /// <summary>A patent's page from a database: its title, bibliographic fields, abstract and first claim.</summary>
    public const string PatentPage = "一种基于深度学习的农作物病害识别方法\n申请号：CN202010123456.7\n申请日：2020-02-20\n公开号：CN111325678A\n公开日：2020-06-23\n申请人：西北农林科技大学\n发明人：张三；李四；王五\n摘要：本发明公开了一种基于深度学习的农作物病害识别方法，包括以下步骤：采集农作物叶片图像并进行预处理，构建改进的卷积神经网络模型，利用迁移学习训练模型，对待识别图像进行病害分类。本发明提高了复杂背景下病害识别的准确率。\n主权项：1.一种基于深度学习的农作物病害识别方法，其特征在于，包括以下步骤：";

    /// <summary>A thesis's abstract page: its title, author, supervisor and discipline fields, the abstract and its key words.</summary>
    public const string ThesisPage = "学位论文题目：数字普惠金融对农户收入的影响研究\n作者姓名：张三\n指导教师：李四 教授\n学科专业：农业经济管理\n摘要\n本文利用中国家庭金融调查数据，实证检验了数字普惠金融对农户收入的影响。研究发现，数字普惠金融显著促进了农户收入增长，且这种促进作用在中西部地区更为明显。进一步分析表明，缓解信贷约束是其主要作用机制。\n关键词：数字普惠金融；农户收入；信贷约束";

    /// <summary>Every page above.</summary>
    public static readonly IReadOnlyList<string> All = [Agronomy, Medicine, Economics, OneLine, FirstPage, SpacedFields, SpacedDates, TitledFirstPage, RunningHeadPage, PastedPaper, PatentPage, ThesisPage];

    /// <summary>Whether <paramref name="summary"/> holds text that only the fields hold (a key-word list, a grant, a number).</summary>
    public static bool TakesFromAField(string summary) =>
        summary.Contains('；', StringComparison.Ordinal) || summary.Contains("基金", StringComparison.Ordinal)
        || summary.Contains("分类号", StringComparison.Ordinal) || summary.Contains("作者", StringComparison.Ordinal)
        || summary.Contains("1000-7091", StringComparison.Ordinal) || summary.Contains("R587", StringComparison.Ordinal)
        || summary.Contains("71873045", StringComparison.Ordinal) || summary.Contains("关键词", StringComparison.Ordinal)
        || summary.Contains("张三", StringComparison.Ordinal) || summary.Contains("大学", StringComparison.Ordinal)
        || summary.Contains("2020-0", StringComparison.Ordinal) || summary.Contains("日期", StringComparison.Ordinal)
        || summary.Contains("李四", StringComparison.Ordinal) || summary.Contains("学院", StringComparison.Ordinal)
        || summary.Contains("农业科学", StringComparison.Ordinal) || summary.Contains("123-130", StringComparison.Ordinal)
        || summary.Contains("联系", StringComparison.Ordinal) || summary.Contains("mail", StringComparison.OrdinalIgnoreCase)
        || summary.Contains("参考文献", StringComparison.Ordinal) || summary.Contains("[J]", StringComparison.Ordinal)
        || summary.Contains("王五", StringComparison.Ordinal) || summary.Contains("1.1", StringComparison.Ordinal)
        || summary.Contains("试验设计", StringComparison.Ordinal) || summary.Contains("与分析", StringComparison.Ordinal)
        || summary.Contains("图1", StringComparison.Ordinal) || summary.Contains("表1", StringComparison.Ordinal)
        || summary.Contains("7650", StringComparison.Ordinal) || summary.Contains("kg·hm", StringComparison.Ordinal)
        || summary.Contains("CN20", StringComparison.Ordinal) || summary.Contains("CN111", StringComparison.Ordinal) || summary.Contains("申请", StringComparison.Ordinal)
        || summary.Contains("公开日", StringComparison.Ordinal) || summary.Contains("其特征在于", StringComparison.Ordinal)
        || summary.Contains("姓名", StringComparison.Ordinal) || summary.Contains("教师", StringComparison.Ordinal) || summary.Contains("学科专业", StringComparison.Ordinal)
        || summary.Contains("题目", StringComparison.Ordinal);
}
