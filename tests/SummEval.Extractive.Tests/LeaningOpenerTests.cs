using SummEval.Extractive.Selection;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// No textrank summary opens on a word that leans on the sentence before it (<c>故</c>, <c>也</c>, <c>该</c>, <c>其</c>, the
/// copula <c>是</c>, a third-person pronoun <c>它</c>, <c>他的</c>, the particle <c>的</c>, the disposal markers <c>将</c> and
/// <c>把</c>, a verb such as <c>实现</c>, <c>建立</c> or <c>用</c> left by stripped framing): a title never does, and the clause
/// reads without it.
/// </summary>
public sealed class LeaningOpenerTests
{
    private static readonly TextRankSummarizer Default = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    [InlineData("该控制系统具有层次发散链式结构和主从工作", "控制系统具有层次发散链式结构和主从工作")]
    [InlineData("故燃煤工业锅炉的污染物治理不能简单沿用", "燃煤工业锅炉的污染物治理不能简单沿用")]
    [InlineData("是一组来自上皮根鞘的釉质特异性蛋白", "一组来自上皮根鞘的釉质特异性蛋白")]
    [InlineData("进而提出适应产业发展的相关对策", "提出适应产业发展的相关对策")]
    [InlineData("是“DYBA”发生发展的必然性所在", "“DYBA”发生发展的必然性所在")]
    [InlineData("它在基本刀具库中提供刀具几何参数", "在基本刀具库中提供刀具几何参数")]
    [InlineData("他的想象学说的内在张力及其深刻意图", "想象学说的内在张力及其深刻意图")] // the pronoun's 的 goes with it
    [InlineData("他们的研究成果受到广泛关注", "研究成果受到广泛关注")]
    [InlineData("的方案具有良好的频谱展宽能力及抗噪声性能", "方案具有良好的频谱展宽能力及抗噪声性能")]
    [InlineData("的相应多目标细菌觅食优化算法", "相应多目标细菌觅食优化算法")]
    [InlineData("将字典学习与变分模型相融合的改进算法", "字典学习与变分模型相融合的改进算法")] // the disposal markers
    [InlineData("把中国的传统文化纳入资产阶级的文化体系", "中国的传统文化纳入资产阶级的文化体系")]
    [InlineData("将该算法进行图形化建模及在线仿真", "算法进行图形化建模及在线仿真")] // one leaning word after another
    [InlineData("实现了基于Nutch的就业垂直搜索引擎", "基于Nutch的就业垂直搜索引擎")] // 实现 after a stripped 设计并, with its 了
    [InlineData("实现异构信息网络中所有结构节点的分类", "异构信息网络中所有结构节点的分类")] // and after a stripped 为了
    [InlineData("建立测定当归芍药散中芍药苷含量的方法", "测定当归芍药散中芍药苷含量的方法")] // the other verbs framing leaves
    [InlineData("用戊二醛作为交联剂合成草丁磷-卵清蛋白", "戊二醛作为交联剂合成草丁磷-卵清蛋白")]
    [InlineData("得出了器件在瞬态尖峰电压测试后失效的原因", "器件在瞬态尖峰电压测试后失效的原因")]
    [InlineData("这款笔记本轻薄便携，续航长达12小时", "笔记本轻薄便携，续航长达12小时")] // a demonstrative's classifier goes with it
    [InlineData("这间教室宽敞明亮，配有多媒体设备", "教室宽敞明亮，配有多媒体设备")]
    [InlineData("这副对联的上联是天增岁月人增寿", "对联的上联是天增岁月人增寿")] // stop 56: before, 副对联的上联是天增岁月人增寿
    [InlineData("所述的设计基于覆盖率测试的原理", "设计基于覆盖率测试的原理")] // a patent's 所述 (the said) points back too
    [InlineData("分析Ⅱ型糖尿病合并冠心病患者的血脂水平", "Ⅱ型糖尿病合并冠心病患者的血脂水平")] // stop 59: a Roman numeral opens the rest as a digit does
    [InlineData("其钢-混结合段PBL剪力键的承载能力", "钢-混结合段PBL剪力键的承载能力")] // stop 60: jieba glued 其钢 (md dev 0620)
    [InlineData("其自注意力机制的计算复杂度较高", "自注意力机制的计算复杂度较高")]
    [InlineData("其中三种材料的强度较高", "其中三种材料的强度较高")] // 其中 is a word of its own
    [InlineData("证明了随机微分方程解的存在唯一性", "随机微分方程解的存在唯一性")] // stop 63: a finding's verb (md dev 0522's shape)
    [InlineData("发现法官人均年结案数已超过300件", "法官人均年结案数已超过300件")] // stop 63's court probe
    [InlineData("揭示了土壤微生物群落的演替规律", "土壤微生物群落的演替规律")]
    [InlineData("这表明工作记忆主要影响高层次理解过程", "工作记忆主要影响高层次理解过程")] // 这 goes, then 表明 (stop 63's reading probe)
    [InlineData("包括离子色谱法和分光光度法", "离子色谱法和分光光度法")] // stop 64's food standard: what the clause before named
    [InlineData("包括Lorenz系统数学模型及其吸引子", "Lorenz系统数学模型及其吸引子")] // CSL train 0695's shape
    public void AClauseThatIsTheWholeTextLosesItsOpener(string source, string expected) =>
        Assert.Equal(expected, Default.Summarize(source, 20));

    /// <summary>
    /// A sentence's connective (stop 58): before, CSL test 0413's summary opened <c>然而普通矩阵分解算法…</c>, and an encyclopedia
    /// page's at 40 <c>然而，实现容错量子计算…</c>. 不过 and 所以 go only with their comma: without one they may be the clause's own.
    /// </summary>
    [Theory]
    [InlineData("然而普通矩阵分解算法的推荐精确度偏低", "普通矩阵分解算法的推荐精确度偏低")]
    [InlineData("然而，现有方法的计算效率仍然较低", "现有方法的计算效率仍然较低")]
    [InlineData("总之，城市内涝治理需要系统施策", "城市内涝治理需要系统施策")]
    [InlineData("近年来，便秘在小儿中的发病率越来越高", "便秘在小儿中的发病率越来越高")] // stop 64: when, which no title says (md dev 0225's shape)
    [InlineData("近日，市场监管总局发布通知", "市场监管总局发布通知")]
    [InlineData("近年来的研究进展与展望", "近年来的研究进展与展望")] // no comma: the clause's own words
    [InlineData("所以，本研究选用了改良的评价体系", "本研究选用了改良的评价体系")]
    [InlineData("不过是一次普通的技术升级而已", "不过是一次普通的技术升级而已")]
    [InlineData("然而方法", "然而方法")] // too little would be left
    public void ASummaryLosesTheConnectiveThatOpensIt(string source, string expected) =>
        Assert.Equal(expected, Default.Summarize(source, 30));

    [Theory]
    [InlineData("该方法", "该方法")] // too little would be left
    [InlineData("该方法首先对数据库进行预处理", "该方法首先对数据库进行预处理")] // 方法首先… would open like a label
    [InlineData("其中三种材料的强度较高", "其中三种材料的强度较高")] // 其中 is a word of its own
    [InlineData("这些方法的收敛速度较快", "这些方法的收敛速度较快")] // and so is 这些
    [InlineData("此类病害多发生在高温高湿的季节", "此类病害多发生在高温高湿的季节")] // and 此类, 该项 (jieba keeps them whole)
    [InlineData("该项技术已在多家医院推广应用", "该项技术已在多家医院推广应用")]
    [InlineData("他的结论对军事历史学家非常重要", "他的结论对军事历史学家非常重要")] // 结论… would open like a label
    [InlineData("将来的能源结构以可再生能源为主", "将来的能源结构以可再生能源为主")] // 将来 is a word of its own
    [InlineData("把握市场需求变化的企业战略", "把握市场需求变化的企业战略")] // and so is 把握
    [InlineData("实现方法的比较研究与分析", "实现方法的比较研究与分析")] // 实现 modifies 方法: the phrase is the topic
    [InlineData("实现路径与对策研究分析", "实现路径与对策研究分析")]
    [InlineData("分析方法的适用范围与局限性", "分析方法的适用范围与局限性")] // and so does 分析 modifying 方法
    [InlineData("分析型模型需要深入研究数据库系统查询执行", "分析型模型需要深入研究数据库系统查询执行")] // 分析|型 is one word jieba split
    [InlineData("使用前请摇匀，涂抹于患处，每日2至3次", "使用前请摇匀，涂抹于患处，每日2至3次")] // 使用|前 is a phrase of time
    [InlineData("用后即弃的塑料餐具造成严重的环境污染", "用后即弃的塑料餐具造成严重的环境污染")]
    [InlineData("分析时需要注意样本的代表性问题", "分析时需要注意样本的代表性问题")]
    [InlineData("发现学习理论在教学中的应用", "发现学习理论在教学中的应用")] // 发现学习 is a name (discovery learning) jieba splits
    [InlineData("用了一个月，总体还算满意", "用了一个月，总体还算满意")] // a duration: without 用了 it reads as a date (stop 63's review probe)
    [InlineData("使用三年后电池容量明显下降", "使用三年后电池容量明显下降")]
    [InlineData("运用了半年的时间完成数据采集", "运用了半年的时间完成数据采集")]
    [InlineData("他叫林风，今年十七岁，刚刚离开青云山", "他叫林风，今年十七岁，刚刚离开青云山")] // a person's pronoun is the subject
    [InlineData("她们在田间地头开展技术培训", "她们在田间地头开展技术培训")]
    [InlineData("包括教师在内的全体人员", "包括教师在内的全体人员")] // 在内 needs its 包括
    public void WordsThatOnlyBeginWithAnOpenerStay(string source, string expected) =>
        Assert.Equal(expected, Default.Summarize(source, 20));

    /// <summary>Before: 叫林风，今年十七岁，三天前… and 认为，当前乡村振兴… at 40, a predicate with no one to do it.</summary>
    [Fact]
    public void APersonsPronounStaysUnlessItOnlyReports()
    {
        const string Novel = "天色渐暗，少年背着一把破旧的长剑，独自走在通往洛阳的官道上。他叫林风，今年十七岁，三天前刚刚离开生活了十年的青云山。";
        const string Reported = "她认为，当前乡村振兴面临的最大挑战是人才流失。大量年轻人进城务工，农村留下的多是老人和儿童。";
        Assert.Equal("他叫林风，今年十七岁，三天前刚刚离开生活了十年的青云山", Default.Summarize(Novel[Novel.IndexOf('他', StringComparison.Ordinal)..], 40));
        Assert.Equal("当前乡村振兴面临的最大挑战是人才流失", Default.Summarize(Reported, 40));
    }

    [SharedFact]
    public void NoSummaryOfTheSharedDataOpensOnALeaningWord()
    {
        var failures = new List<string>();
        var sets = new[] { ("csl train", CslData.Read("csl", "train.jsonl")), ("csl test", CslData.Test()), ("md dev", CslData.Read("csl-md", "dev.jsonl")), ("sample", CslData.Sample()) };
        foreach (var (name, documents) in sets)
        {
            foreach (var document in documents)
            {
                var summary = Default.Summarize(document.Source, 20);
                var tokens = JiebaSegmenter.Default.Tokenize(summary);
                var first = tokens.Count > 1 ? tokens[0] : string.Empty;
                // 分析|型模型: jieba split one word, which the trim leaves whole.
                var splitWord = tokens.Count > 1 && tokens[1].Length == 1 && DiscourseMarkers.BoundSuffixes.Contains(tokens[1][0]);
                // 他叫林风…: a person's pronoun is the subject, and stays.
                var subject = first is "他" or "她" or "他们" or "她们" && tokens[1] != "的";
                if (ClauseRoles.IsLeaningOpener(first) && !splitWord && !subject && summary.Length > first.Length + 3 && SectionLabels.LabelLength(summary.AsSpan(first.Length)) == 0)
                {
                    failures.Add($"{name} {document.Id}: {summary}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} summaries open on a leaning word:\n{string.Join('\n', failures.Take(30))}");
    }
}
