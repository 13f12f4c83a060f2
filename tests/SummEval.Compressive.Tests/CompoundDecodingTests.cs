using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// Numbers with their signs, units and counters, ranges and hyphenated names are kept whole or not at all (before:
/// <c>黄土高原2020植被覆盖度</c> from <c>2000—2020年</c>, <c>利用率提高30</c> from <c>30%</c>, <c>Ti-6Al-疲劳性能</c>).
/// </summary>
public sealed class CompoundDecodingTests
{
    // Abstracts written for these tests, each with the compounds in it and the parts that must never stand alone
    // (every part occurs in the source only inside its compound).
    private static readonly (string Source, string[] Wholes, string[] Parts)[] Abstracts =
    [
        ("以黄土高原典型小流域为研究区，利用2000—2020年的遥感影像分析了植被覆盖度的时空变化特征。研究区植被覆盖度总体呈上升趋势，年均增长率为0.62%。退耕还林工程是植被恢复的主要驱动因素，降水变化的贡献率约为23%。",
            ["2000—2020年", "0.62%", "23%"], ["2000", "2020", "0.62", "23"]),
        ("目的 探讨血清25-羟基维生素D水平与糖尿病患者周围神经病变的关系。方法 选取312例糖尿病患者，比较两组血清25-羟基维生素D水平。结果 病变组水平较低，风险增加1.52～3.49倍。结论 血清25-羟基维生素D降低与周围神经病变相关。",
            ["25-羟基", "312例", "1.52～3.49倍"], ["25", "312", "1.52", "3.49"]),
        ("选区激光熔化成形的Ti-6Al-4V合金零件内部存在孔隙缺陷，其疲劳性能分散性较大。本文对比了热处理态和热等静压态试样的高周疲劳性能。结果表明，热等静压处理使孔隙率降至0.01%以下，疲劳强度明显提高。",
            ["Ti-6Al-4V", "0.01%"], ["6Al", "4V", "0.01"]),
        ("某院2019年开展护理质量改进项目后，压疮发生率由3.2%降至1.1%，患者满意度由85%提高到96%，平均住院日缩短2.5天。",
            ["2019年", "3.2%", "1.1%", "85%", "96%", "2.5天"], ["2019", "3.2", "1.1", "85", "96", "2.5"]),
        ("研究了20kV/m和60kV/m高压静电场处理对柿子果实贮藏品质的影响。结果表明，60kV/m处理的保鲜效果最好，腐烂率降低了30%。",
            ["20kV/m", "60kV/m", "30%"], ["kV", "20", "60", "30"]),

        // A clock time and a ratio (before: …本小区将于12月5日8:00至18请各位业主… at 40).
        ("温馨提示：因管道维修，本小区将于12月5日8:00至18:00停水，请各位业主提前做好储水准备。给您带来的不便，敬请谅解！",
            ["8:00至18:00"], ["18", ":00", "8:0"]),
        ("研究了不同氮磷比对水稻产量的影响。结果表明，氮磷比为1：2时产量最高，比对照增产15%。",
            ["1：2", "15%"], ["：2", "1：", "15"]),

        // An element and its oxidation state (stop 61's chemistry probe; before: …六价铬Cr的去除性能及机理 at 20, the (Ⅵ) left out).
        ("以生物炭负载纳米零价铁为吸附剂，研究了其对水中六价铬Cr(Ⅵ)的去除性能及机理。结果表明，在pH为3的条件下，Cr(Ⅵ)的去除率可达98.6%。XPS分析表明，Cr(Ⅵ)被还原为Cr(Ⅲ)并沉淀于材料表面。",
            ["Cr(Ⅵ)", "Cr(Ⅲ)", "98.6%"], ["Ⅵ", "Ⅲ", "Cr(", "Cr的", "Cr被", "Cr并", "98.6"]),

        // A score (stop 61's match report; before: …上海海港队主场1战胜北京国安队… at 40, the 3比 left out).
        ("在昨晚进行的中超联赛第28轮比赛中，上海海港队主场以3比1战胜北京国安队，提前两轮锁定本赛季联赛冠军。这是海港队队史第三次夺得顶级联赛冠军。比赛中，武磊梅开二度，奥斯卡贡献一粒进球和一次助攻。",
            ["3比1"], ["以3", "3比", "场1", "1战胜"]),

        // A unit a space after its number, with its exponent (the sample's 0014; before: 长江中下游稻区的氮肥用量kg/hm at 20).
        ("为探明长江中下游稻区合理的氮肥用量，设置常规施氮（240 kg/hm²）以及减氮10%、20%和30%共4个处理。结果表明，减氮20%处理的产量为9.38 t/hm²，与常规施氮无显著差异。综合考虑，该区域推荐施氮量约为190 kg/hm²。",
            ["240 kg/hm²", "9.38 t/hm²", "190 kg/hm²", "10%", "20%", "30%", "4个"], ["kg", "hm", "²", "240", "9.38", "190"]),
        ("为量化超低排放改造的实际效果，收集了某省燃煤机组改造前后的监测数据。结果表明，改造后电厂周边20 km范围内PM2.5年均浓度下降1.5~3.2 μg/m³，烟气温度降低6.8 ℃。",
            ["20 km", "1.5~3.2 μg/m³", "6.8 ℃"], ["km", "μg", "g/m", "m³", "3.2", "6.8"]),

        // A number below zero (stop 62's weather probe; before: 据气象部门预测5摄氏度伴有4至5级偏北风… at 40, of 零下5摄氏度).
        ("据气象部门预测，受冷空气影响，本周三至周五我市将出现一次明显降温过程，最低气温将降至零下5摄氏度，并伴有4至5级偏北风。市防汛抗旱指挥部提醒广大市民注意防寒保暖，农业生产单位要提前做好大棚蔬菜的防冻措施，交通运输部门要加强道路结冰路段的巡查和处置。",
            ["零下5"], ["5摄氏度"]),

        // An exception (stop 62's probe; before: 除的小麦产量炭20 t/hm²的处理增产效果… at 40).
        ("除对照组外，其余各处理组的小麦产量均显著提高，其中施用生物炭20 t/hm²的处理增产效果最好，较对照增产18.6%。土壤有机碳含量也随生物炭施用量的增加而升高。",
            ["除对照组外"], ["除", "对照组外"]),

        // A pretext (stop 62's court probe; before: 被告人张某办理银行贷款骗取被害人李某 at 20, 被告人张某帮助他人办理银行贷款骗取被害人李某 at 22).
        ("经审理查明，2021年3月，被告人张某以帮助他人办理银行贷款为由，先后骗取被害人李某、王某人民币共计38万元，所得款项用于个人赌博挥霍。案发后，被告人张某主动投案，如实供述了自己的罪行，并退赔被害人经济损失10万元。本院认为，被告人张某以非法占有为目的，虚构事实骗取他人财物，数额巨大，其行为已构成诈骗罪。",
            ["以帮助他人办理银行贷款为由"], ["帮助他人", "办理银行贷款", "为由"]),
        ("近日，某地警方破获一起以投资理财为幌子非法吸收公众存款的案件。犯罪嫌疑人谎称其公司代理境外高收益基金，承诺年化收益率达18%，先后吸收200余名群众存款3000余万元。目前，该案已移送检察机关审查起诉，警方提醒广大群众警惕高息诱惑。",
            ["以投资理财为幌子"], ["投资理财", "幌子"]),

        // A period of a year (stop 63's bank report; before: 本行2025年前营业收入1256.3亿元 at 20, "before 2025", of 2025年前三季度).
        ("本行2025年前三季度实现营业收入1256.3亿元，同比下降1.4%；归属于本行股东的净利润412.7亿元，同比增长8.2%。不良贷款率为1.21%，较上年末下降0.03个百分点；拨备覆盖率为245.6%。受净息差收窄影响，利息净收入同比减少3.1%，但手续费及佣金净收入同比增长6.5%。",
            ["2025年前三季度"], ["年前", "三季度"]),

        // A comparison and its bound (stop 63's fever probe; before: 若体温38.5℃或孩子下使用对乙酰氨基酚 at 20, of 若体温超过38.5℃).
        ("发热是儿童最常见的症状之一，并不是所有发热都需要立即使用退热药。一般来说，体温低于38.5℃且精神状态良好时，可以先采用物理降温，如减少衣物、多喝水。若体温超过38.5℃或孩子明显不适，可在医生指导下使用对乙酰氨基酚或布洛芬。不建议使用酒精擦浴，也不宜两种退热药交替使用。",
            ["低于38.5℃", "超过38.5℃"], ["38.5"]),

        // A date and clock time, and a count with what it counts (stop 64's probes; before: 据中国地震台网正式测定27分在四川甘孜州泸定县…
        // at 40, of 12月3日14时27分, and 大学生睡眠2025年高校的3200名教育 at 20, of 3200名本科生).
        ("据中国地震台网正式测定，12月3日14时27分在四川甘孜州泸定县发生5.2级地震，震源深度12千米。震中附近震感强烈，部分老旧房屋出现墙体开裂。截至目前，尚未收到人员伤亡报告。四川省地震局已启动四级应急响应，派出工作组赶赴现场开展灾情调查。",
            ["12月3日14时27分"], ["27分", "3日", "14时"]),
        ("为了解大学生睡眠状况及其影响因素，课题组于2025年3月对某省6所高校的3200名本科生进行了问卷调查。结果显示，睡眠质量差的检出率为28.4%，女生高于男生，高年级高于低年级。多因素分析表明，睡前使用手机超过1小时、学业压力大和缺乏体育锻炼是睡眠质量差的危险因素。建议高校加强睡眠健康教育，引导学生合理使用电子产品。",
            ["2025年3月", "3200名本科生"], ["3200", "3月"]),

        // An article's number in Chinese numerals and an amount with a three-character unit (stop 64's probes; before:
        // 《民法典》第一千零六债务的举证责任分配 at 20, and 今日A股三大指数集体收涨两市成交额1.2 at 20).
        ("《民法典》第一千零六十四条规定，夫妻双方共同签名或者夫妻一方事后追认等共同意思表示所负的债务，属于夫妻共同债务。本文结合司法实践，分析了夫妻共同债务认定中的举证责任分配问题，认为应由债权人承担证明债务用于夫妻共同生活的举证责任。",
            ["第一千零六十四条"], ["一千零六", "十四条"]),
        ("今日A股三大指数集体收涨，沪指涨1.2%，深成指涨1.8%，创业板指涨2.3%。两市成交额1.2万亿元，较上一交易日放量1500亿元。板块方面，半导体、新能源汽车板块领涨，银行、煤炭板块小幅回调。北向资金全天净买入56亿元。",
            ["1.2%", "1.2万亿元", "1500亿元", "56亿元"], ["1.2", "1500", "56"]),

        // A clock's place (before: 北京国际乒联混合团体世界杯该项赛事三连冠 at 20, of 北京时间; the final was in Chengdu).
        ("北京时间12月6日，2026年国际乒联混合团体世界杯在成都落幕。中国队在决赛中以8比3击败日本队，实现该项赛事三连冠。王楚钦/孙颖莎在混双比赛中先声夺人，随后林诗栋和王曼昱各自拿下单打，帮助中国队锁定胜局。",
            ["北京时间"], ["北京"]),

        // A span of dates (before: …的保护效果2022年1月6月间香港的…队列研究 at 40, of 2022年1月至6月间).
        ("为评估新型冠状病毒疫苗加强针的保护效果，研究团队对2022年1月至6月间香港的1.2万名60岁以上老人进行了队列研究。结果显示，接种第三剂疫苗后，重症和死亡风险分别降低了85%和90%以上，而仅接种两剂者的保护效果明显较低。",
            ["2022年1月至6月间"], ["2022年", "6月间", "1月"]),

        // A localizer after a work's name (before: 康德中“先验统觉”解读形而上学的自我实体 at 20, of 《纯粹理性批判》中).
        ("本文讨论了康德《纯粹理性批判》中“先验统觉”概念的两种解读。传统解读将其理解为一种形而上学的自我实体，而分析哲学传统则将其视为判断的逻辑形式。笔者认为，这两种解读都忽视了先验统觉在第一版与第二版演绎之间的变化。",
            ["《纯粹理性批判》中"], ["中“", "《纯粹理性批判》"]),

        // jieba cuts a Latin word at an accented letter (before: ödinger方程, öschl-Teller势).
        ("基于Schrödinger方程的量子隧穿效应数值模拟研究。本文采用有限差分法求解一维含时Schrödinger方程，分析了势垒高度对隧穿概率的影响。结果表明，隧穿概率随势垒高度增加而指数衰减。",
            ["Schrödinger"], ["Schr", "dinger"]),
        ("采用Pöschl-Teller势研究了双原子分子的振动能级。计算结果与实验数据吻合良好，表明该势函数能够准确描述分子振动。",
            ["Pöschl-Teller"], ["schl", "Teller"]),

        // A dictionary word that starts inside a Latin run (CINRAD/S|B型; before: B型新一代天气雷达).
        ("总结了CINRAD/SB型新一代天气雷达伺服系统的技术特点。该系统采用交流变频调速技术，提高了天线控制精度和可靠性。",
            ["CINRAD/SB型"], ["CINRAD", "B型"]),

        // A Roman numeral and its counter (stop 59; before: 型糖尿病合并冠心病患者血清hs-CRP at 20).
        ("目的：分析Ⅱ型糖尿病合并冠心病患者血清同型半胱氨酸（Hcy）、超敏C反应蛋白（hs-CRP）水平与冠状动脉病变程度的相关性。方法：选取我院收治的Ⅱ型糖尿病合并冠心病患者150例，根据Gensini评分分为轻度组、中度组和重度组。结果：重度组血清Hcy、hs-CRP水平均高于轻度组和中度组。结论：血清Hcy、hs-CRP可作为评估Ⅱ型糖尿病合并冠心病患者冠状动脉病变程度的参考指标。",
            ["Ⅱ型"], ["型糖尿病"]),
    ];

    [Fact]
    public void JiebasPiecesOfACompoundAreBoundTogether()
    {
        const string Source = "利用2000—2020年的遥感影像，年均增长率为0.62%，在20kV/m电场中，Ti-6Al-4V合金与COVID-19患者的血清25-羟基维生素D，第1034条规定，选取312例患者，3的倍数，基于B/S架构，Schrödinger方程与Bézier曲线，Pe\u0301clet数，2×3阶，CINRAD/SB型雷达，8:00至18:00，氮磷比为1：2时，Ⅱ型糖尿病，主场以3比1战胜对手，人数比去年多，去除Cr(Ⅵ)和磷(Ⅴ)，Pb(II)离子，施氮量为190 kg/hm²，浓度下降1.5~3.2 μg/m³，油温降低6.8 ℃，吸收峰位于1650 cm⁻¹处，R²为0.83，以介绍工作为名骗取财物，打着扶贫的旗号敛财，以石墨烯为原料，气温降至零下5摄氏度，信噪比为-4 dB时，2015年7月-11月，除对照组外，2025年前三季度营收，历时10个月，体温超过38.5℃，含量在5 mg以下，12月3日14时27分发生地震，调查了3200名本科生和2 144个生态旅游资源单体，2026年11月起，《纯粹理性批判》中的概念，北京时间12月6日落幕，野生大熊猫数量为1864只，成交额1.2万亿元，过火面积约300平方米，依据第一千零六十四条和第一百零八条，1999年3月～2007年3月。";
        var compounds = CompoundsOf(Source);
        Assert.Equal(["2000—2020年", "0.62%", "20kV/m", "Ti-6Al-4V", "COVID-19", "25-羟基", "第1034条", "312例", "B/S", "Schrödinger", "Bézier", "Pe\u0301clet", "3阶", "CINRAD/SB型", "8:00至18:00", "1：2时", "Ⅱ型", "3比1", "Cr(Ⅵ)", "磷(Ⅴ)", "Pb(II)", "190 kg/hm²", "1.5~3.2 μg/m³", "6.8 ℃", "1650 cm⁻¹", "R²", "以介绍工作为名", "打着扶贫的旗号", "零下5", "-4 dB", "2015年7月", "11月", "除对照组外", "2025年前三季度", "10个月", "超过38.5℃", "5 mg以下", "12月3日14时27分", "3200名", "2 144个", "2026年11月", "《纯粹理性批判》中", "北京时间", "12月6日", "1864只", "1.2万亿元", "300平方米", "第一千零六十四条", "第一百零八条", "1999年3月～2007年3月"], compounds);
    }

    [Fact]
    public void AMarkedNameIsOneCompound()
    {
        // A work's name in title marks (also 〈〉 and ASCII angle brackets round Chinese) and a term in quotes are kept whole or
        // not at all; speech in quotes (a comma inside), a document's title (关于…), a mark with no partner in its sentence and a
        // P value's < are not.
        const string Source = "教育部印发《关于加强中小学生睡眠管理工作的通知》。依据《中华人民共和国劳动合同法》第39条，比较了《资治通鉴》与<旧唐书>中〈太宗本纪〉的记载，提出“互联网+农业”与\"好课\"的标准（P<0.05）。他说：“我们的目标是，明年完成”。《未完的名字。";
        Assert.Equal(["《中华人民共和国劳动合同法》", "第39条", "《资治通鉴》", "<旧唐书>中", "〈太宗本纪〉", "“互联网+农业”", "\"好课\""], CompoundsOf(Source));
    }

    // The compounds of a text's words, in order.
    private static List<string> CompoundsOf(string source)
    {
        var words = DocumentAnalyzer.Default.Analyze(source).Words;
        var bonds = Compounds.Bonds(words);
        Assert.NotNull(bonds);

        var compounds = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!bonds[i])
            {
                continue;
            }

            var start = i;
            while (bonds[i])
            {
                i++;
            }

            compounds.Add(string.Concat(words.Skip(start).Take(i - start + 1).Select(w => w.Text)));
        }

        return compounds;
    }

    [Fact]
    public void ACountIsNotKeptWithoutWhatItCounts()
    {
        // 3200名 without 本科生 counts no one (stop 64's survey probe: 大学生睡眠2025年高校的3200名教育 at 20); 本科生 may go
        // without its count.
        var words = DocumentAnalyzer.Default.Analyze("课题组对6所高校的3200名本科生进行了问卷调查").Words;
        var bonds = Compounds.Bonds(words);
        var all = Enumerable.Range(0, words.Count).ToArray();
        var student = words.ToList().FindIndex(w => w.Text == "本科生");
        var count = words.ToList().FindIndex(w => w.Text == "3200");
        Assert.True(student > count + 1 && count >= 0, string.Join("|", words.Select(w => w.Text)));

        Assert.Equal(all, Compounds.WithoutCountsAlone(words, bonds, all));
        var withoutStudents = all.Where(k => k != student).ToArray();
        Assert.Equal(withoutStudents.Where(k => k < count || k >= student), Compounds.WithoutCountsAlone(words, bonds, withoutStudents));
        var withoutCount = all.Where(k => k < count || k >= student).ToArray();
        Assert.Equal(withoutCount, Compounds.WithoutCountsAlone(words, bonds, withoutCount));

        // A power of ten jieba joins to the classifier (1.2|万名) counts too.
        words = DocumentAnalyzer.Default.Analyze("调查了1.2万名居民").Words;
        bonds = Compounds.Bonds(words);
        var residents = words.ToList().FindIndex(w => w.Text == "居民");
        Assert.True(residents > 0, string.Join("|", words.Select(w => w.Text)));
        Assert.Equal(Enumerable.Range(0, residents - 2), Compounds.WithoutCountsAlone(words, bonds, [.. Enumerable.Range(0, residents)]));
    }

    [Fact]
    public void ADocumentWithoutCompoundsHasNoBonds()
    {
        Assert.Null(Compounds.Bonds(DocumentAnalyzer.Default.Analyze("本文提出一种基于图神经网络的推荐方法，在三个公开数据集上验证了其有效性。").Words));
    }

    [Fact]
    public void APartlyKeptCompoundIsDroppedWhole()
    {
        var words = DocumentAnalyzer.Default.Analyze("增长率为0.62%，明显提高。").Words;
        var bonds = Compounds.Bonds(words);
        var at = words.ToList().FindIndex(w => w.Text == "0.62");
        Assert.Equal([0, 1], Compounds.WithoutParts(bonds, [0, 1, at]));
        Assert.Equal([0, 1, at, at + 1], Compounds.WithoutParts(bonds, [0, 1, at, at + 1]));
    }

    [Fact]
    public void TheShippedModelKeepsCompoundsWhole()
    {
        var wholesKept = CountWholesKept(Abstracts, (_, _) => { });

        // Not vacuous: the model does keep compounds.
        Assert.True(wholesKept >= 10, $"{wholesKept} compounds kept");
    }

    // The shipped model at every even budget from 8 to 40 over the abstracts: no summary is empty, none holds a part outside
    // its whole (checked on the summary with each whole replaced by |, and by check too), and how many wholes were kept.
    private static int CountWholesKept((string Source, string[] Wholes, string[] Parts)[] abstracts, Action<string, string> check)
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var wholesKept = 0;
        foreach (var (source, wholes, parts) in abstracts)
        {
            for (var budget = 8; budget <= 40; budget += 2)
            {
                var summary = summarizer.Summarize(source, budget);
                Assert.NotEqual(string.Empty, summary);
                var rest = summary;
                foreach (var whole in wholes.OrderByDescending(w => w.Length))
                {
                    wholesKept += rest.Contains(whole, StringComparison.Ordinal) ? 1 : 0;
                    rest = rest.Replace(whole, "|", StringComparison.Ordinal);
                }

                check(summary, rest);
                Assert.All(parts, part => Assert.DoesNotContain(part, rest, StringComparison.Ordinal));
            }
        }

        return wholesKept;
    }

    // Abstracts written for these tests with names in title marks and terms in quotes, and words that occur only inside
    // them (before: 古琴曲《流水神奇秘谱》 from 《流水》…《神奇秘谱》).
    private static readonly (string Source, string[] Wholes, string[] Parts)[] MarkedNames =
    [
        ("古琴曲《流水》的版本众多，本文选取《神奇秘谱》《天闻阁琴谱》等六种代表性谱本，从定弦、指法、段落结构三方面进行比较，梳理了该曲从明代到清代的演变脉络。",
            ["《流水》", "《神奇秘谱》", "《天闻阁琴谱》"], ["流水", "神奇", "秘谱", "天闻阁"]),
        ("本文以《中华人民共和国民法典》第一千二百五十四条和《物业管理条例》为依据，探讨了高空抛物致人损害的责任认定问题，提出应当区分直接侵权人与物业服务企业的责任。",
            ["《中华人民共和国民法典》", "《物业管理条例》"], ["人民共和国", "民法典", "条例"]),
        ("鲁迅的《狂人日记》和《阿Q正传》是中国现代文学的开山之作。本文从叙事视角入手，比较了两部作品中第一人称与第三人称叙述的不同效果，认为《狂人日记》的日记体形式强化了文本的反讽意味。",
            ["《狂人日记》", "《阿Q正传》"], ["狂人", "阿Q", "正传"]),
        ("“互联网+农业”模式为农产品销售开辟了新渠道。本文以陕西省“电商扶贫”项目为例，分析了“互联网+农业”模式在促进农民增收中的作用机制，并提出了完善农村电商物流体系的建议。",
            ["“互联网+农业”", "“电商扶贫”"], ["互联网", "扶贫"]),
        ("一般史家眼中的<春秋>是一部简单的历史著作，而公羊家视阈中的<春秋>却是蕴涵\"微言大义\"的经学宝典。<公羊传>以义解经，旨在探求作者意图和文本意图。",
            ["<春秋>", "\"微言大义\"", "<公羊传>"], ["春秋", "微言", "大义", "公羊传"]),
    ];

    /// <summary>
    /// An official document's title may be shortened as a headline shortens it, without its marks (stop 59; before, at 40:
    /// <c>…省政府近日印发《关于加快推进科技成果转化的》用于奖励科研人员</c>, the marks round a title with its words missing).
    /// </summary>
    [Fact]
    public void AShortenedDocumentTitleLosesItsMarks()
    {
        const string Source = "为深入实施创新驱动发展战略，加快建设科技强省，省政府近日印发《关于加快推进科技成果转化的若干措施》，提出以企业为主体、以市场为导向，"
            + "从完善成果转化激励机制、建设专业化技术转移机构、强化金融支持等方面推出18条具体举措。其中明确，高校和科研院所科技成果转化收益用于奖励科研人员的比例不低于70%。";
        const string Title = "《关于加快推进科技成果转化的若干措施》";
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var shortened = 0;
        for (var budget = 8; budget <= 60; budget += 2)
        {
            var summary = summarizer.Summarize(Source, budget);
            var rest = summary.Replace(Title, "|", StringComparison.Ordinal);
            Assert.True(rest.AsSpan().IndexOfAny("《》") < 0, $"marks round a shortened title at {budget}: {summary}");
            shortened += rest == summary && summary.Contains("关于加快推进", StringComparison.Ordinal) ? 1 : 0;
        }

        // Not vacuous: the title is kept shortened at some budget.
        Assert.True(shortened > 0, "the document's title was never kept in part");
    }

    [Fact]
    public void TheShippedModelKeepsMarkedNamesWhole()
    {
        var wholesKept = CountWholesKept(MarkedNames, (summary, rest) =>
            Assert.True(rest.AsSpan().IndexOfAny("《》<>“”\"") < 0, $"a mark without its name: {summary}"));

        // Not vacuous: the model does keep names.
        Assert.True(wholesKept >= 20, $"{wholesKept} names kept");
    }
}
