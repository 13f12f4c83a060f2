using SummEval.Extractive.Lead;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using Xunit;

namespace SummEval.Extractive.Tests;

// An enumerated item's marker (①, (1), 1), 一、) is a signpost, not part of what the item says.
public sealed class ListItemMarkersTests
{
    [Theory]
    [InlineData("①梳理了历史街区保护的理论", "梳理了历史街区保护的理论")]
    [InlineData("⑵分析了商业化改造的影响", "分析了商业化改造的影响")]
    [InlineData("❸提出了更新策略", "提出了更新策略")]
    [InlineData("(1)大众传播领域中的技术变化", "大众传播领域中的技术变化")]
    [InlineData("（2） 隐式亚迭代一阶时间精度格式", "隐式亚迭代一阶时间精度格式")]
    [InlineData("2)提出了均值DTW的概念", "提出了均值DTW的概念")]
    [InlineData("1、基层多功能流动文化服务站", "基层多功能流动文化服务站")]
    [InlineData("（一）研究现状", "研究现状")]
    [InlineData("四、宋学汉学虽存门户之见", "宋学汉学虽存门户之见")]
    [InlineData("第十四条　劳动者在该用人单位连续工作满十年的", "劳动者在该用人单位连续工作满十年的")] // a statute's article
    [InlineData("第一百二十条 用人单位应当", "用人单位应当")]
    [InlineData("第3条：甲方应于每月5日前付款", "甲方应于每月5日前付款")]
    [InlineData("第十条之一 本法所称", "本法所称")]
    [InlineData("1/ 最近读完了《人类简史》", "最近读完了《人类简史》")] // a thread's part
    [InlineData("S4、利用训练好的模型识别嫩芽位置", "利用训练好的模型识别嫩芽位置")] // a patent's step
    [InlineData("S2：投加絮凝剂进行混凝沉淀", "投加絮凝剂进行混凝沉淀")]
    [InlineData("步骤1、将果蔬放入清洗槽", "将果蔬放入清洗槽")]
    [InlineData("步骤二：启动超声波发生器", "启动超声波发生器")]
    [InlineData("第四步：保险公司审核通过后", "保险公司审核通过后")] // a guide's step
    [InlineData("第二步，准备理赔材料", "准备理赔材料")]
    [InlineData("第1步、打开设置", "打开设置")]
    [InlineData("Day1：北京—西安", "北京—西安")] // an itinerary's day
    [InlineData("第三天：西安—北京", "西安—北京")]
    [InlineData("步骤1：五花肉切成块", "五花肉切成块")] // a numeral opening the item after a colon (stop 55)
    [InlineData("（1）五年来的变化", "五年来的变化")]
    [InlineData("第三章提出了一种多智能体协同决策算法", "提出了一种多智能体协同决策算法")] // an outline's chapter (stop 61)
    [InlineData("第2部分：实验设计", "实验设计")]
    [InlineData("第一章 绪论", "绪论")]
    public void StripsTheMarker(string text, string rest)
    {
        Assert.Equal(rest, ListItemMarkers.Strip(text));
        Assert.Equal(text.Length - rest.Length, ListItemMarkers.Length(text));
    }

    [Theory]
    [InlineData("1、2号样地的植被覆盖度")]
    [InlineData("一、二级医院的服务能力")]
    [InlineData("1.五年来的变化")] // 1. and 、 are a number's marks too: the numeral may go on
    [InlineData("(1)")]
    [InlineData("①")]
    [InlineData("(2015)年度报告")]
    [InlineData("123)的结果")]
    [InlineData("(a)的结果")]
    [InlineData("2020年结果显示")]
    [InlineData("第一步的结果表明")] // a step named, not numbered off
    [InlineData("第一个问题，我们先看")]
    [InlineData("第二天，小明在作文里写道")] // the next day of a story
    [InlineData("一种新的方法")]
    [InlineData("")]
    [InlineData("第2条束线中高压平台灯丝电源")] // CSL train: the second line, not an article
    [InlineData("第十四条")]
    [InlineData("1/2的样本来自城市")] // a fraction
    [InlineData("3/5 的受访者")]
    [InlineData("S1、S2两组样本")] // two samples
    [InlineData("S1.5倍的增益")]
    [InlineData("SS1、结果")]
    [InlineData("第三章中提出的方法")] // what the chapter holds
    [InlineData("第三章的内容")]
    [InlineData("第三章节")]
    public void LeavesOtherTextAlone(string text)
    {
        Assert.Equal(0, ListItemMarkers.Length(text));
        Assert.Equal(text, ListItemMarkers.Strip(text));
    }

    [Theory]
    [InlineData("本文研究了城市更新中的历史街区保护问题，主要工作包括：①梳理了国内外历史街区保护的理论与实践；②以成都宽窄巷子为例，分析了商业化改造对街区原真性的影响；③提出了兼顾保护与活化的更新策略。")]
    [InlineData("本文提出两个相互关联的问题：(1)大众传播领域中的技术变化是如何产生的?(2)技术对大众传播的内容、后果有什么影响?这两个问题相互联系。")]
    public void NoTextRankSummaryOpensWithAMarker(string source)
    {
        foreach (var (unit, _, summary) in TextRankSweep.Summaries(source, 10, 20, 30))
        {
            Assert.NotEqual("", summary);
            Assert.Equal(0, ListItemMarkers.Length(summary));
            if (unit != SelectionUnit.Sentence)
            {
                // Whole sentences keep the markers inside them (a sentence cut to the budget: …包括：①梳理).
                Assert.DoesNotContain("①", summary);
                Assert.DoesNotContain("(1)", summary);
            }
        }
    }

    /// <summary>
    /// Before: textrank at 40 gave 第十四条　劳动者在该用人单位连续工作满十年的，… and 第三条 服务费用服务费用总计人民币10万元，… (a
    /// contract's heading glued to its article).
    /// </summary>
    [Fact]
    public void NoTextRankSummaryTakesAnArticlesNumberOrAContractsHeading()
    {
        var textRank = new TextRankSummarizer(Jieba.JiebaSegmenter.Default, new TextRankOptions());
        foreach (var text in Testing.LegalTexts.All)
        {
            foreach (var budget in new int?[] { 12, 20, 40, null })
            {
                var summary = textRank.Summarize(text, budget);
                Assert.NotEqual(string.Empty, summary);
                Assert.False(Testing.LegalTexts.TakesFromANumberOrHeading(summary), summary);
            }
        }
    }

    /// <summary>
    /// Before: 中华人民共和国个人信息保护法第一章 总则 (lead-1 at 20 and 40; compressive 中华人民共和国个人信息保护法第一章): the law's
    /// title was read as wrapped into its first chapter's heading.
    /// </summary>
    [Fact]
    public void AChaptersHeadingOpensALineOfItsOwn()
    {
        Assert.Contains("保护法\n第一章 总则\n", AnalysisText.Of(Testing.LegalTexts.Code).Shadow, StringComparison.Ordinal);
        Assert.Equal("中华人民共和国个人信息保护法", LeadSentenceSummarizer.Summarize(Testing.LegalTexts.Code, 40));

        // A number and a word that a wrap put at a line's start are still joined (…的⏎10 MW高温气冷堆…); 第 before 章 is no such number.
        Assert.Contains("为10 MW", AnalysisText.Of("本文以清华大学建成的实验堆为对象，研究对象为\n10 MW高温气冷堆的燃料元件").Shadow, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("S1", true)]
    [InlineData("步骤1", true)]
    [InlineData("步骤二", true)]
    [InlineData("第三步", true)]
    [InlineData("S1组", false)]
    [InlineData("步骤", false)]
    [InlineData("方法", false)]
    public void AStepsLabelIsKnown(string text, bool label) => Assert.Equal(label, ListItemMarkers.IsStepLabel(text));

    /// <summary>
    /// Before: S4、利用训练好的模型识别嫩芽位置 (textrank at 20; a patent's steps), 本实用新型提供一种果蔬清洗装置的使用方法，步骤1 (at 20:
    /// the cut kept a step's label and not its step), S1、将污水引入调节池 (lead-1 at 20, a step on a line of its own),
    /// 第四步：保险公司审核通过后，理赔款将在10个工作日内打入指定账户 (at 40, an insurer's guide), Day1：北京—西安上午乘高铁前往西安 (at 20,
    /// an itinerary: the day's line read as wrapped into the next).
    /// </summary>
    [Fact]
    public void NoTextRankSummaryKeepsAStepsLabel()
    {
        string[] patents =
        [
            "本发明公开了一种基于深度学习的茶叶嫩芽识别方法，包括以下步骤：S1、采集茶园图像；S2、对图像进行预处理；S3、构建改进的YOLOv5网络模型；S4、利用训练好的模型识别嫩芽位置。本发明能够提高嫩芽识别的准确率，适用于名优茶机械化采摘。",
            "本实用新型提供一种果蔬清洗装置的使用方法，步骤1：将果蔬放入清洗槽；步骤2：启动超声波发生器清洗5分钟；步骤3：取出果蔬沥干。该方法清洗效率高，农药残留去除率达90%以上。",
            "一种污水处理方法，包括以下步骤：\nS1、将污水引入调节池，调节水质水量；\nS2、投加絮凝剂进行混凝沉淀；\nS3、上清液进入生物反应器降解有机物。\n本方法处理成本低，出水达到一级A标准。",
            "Day1：北京—西安\n上午乘高铁前往西安，下午参观大雁塔、大唐不夜城。\nDay2：西安\n全天游览兵马俑、华清宫，晚上品尝回民街小吃。\nDay3：西安—北京\n上午参观陕西历史博物馆，下午返程。",
            "理赔流程\n第一步：出险后48小时内拨打客服电话报案。\n第二步：准备理赔材料，包括理赔申请书、身份证复印件、医疗费用发票、诊断证明等。\n第三步：将材料提交至保险公司或通过APP上传。\n第四步：保险公司审核通过后，理赔款将在10个工作日内打入指定账户。",
        ];
        var textRank = new TextRankSummarizer(Jieba.JiebaSegmenter.Default, new TextRankOptions());
        foreach (var patent in patents)
        {
            foreach (var budget in new int?[] { 12, 20, 30, 40, 60 })
            {
                var summary = textRank.Summarize(patent, budget);
                Assert.NotEqual(string.Empty, summary);
                Assert.DoesNotMatch(@"S[0-9]、|步骤[0-9]|第.步|Day", summary);
            }
        }

        // A step opens a line as an item does, however wide the line before it (lines the same width read as wrapped).
        Assert.Contains("水质水量\nS2、", AnalysisText.Of("一种污水处理方法包括以下步骤\nS1、将污水引入调节池调节水质水量\nS2、投加絮凝剂进行混凝沉淀处理\nS3、上清液进入生物反应器降解有机物").Shadow, StringComparison.Ordinal);
    }

    /// <summary>
    /// Before: 1. (lead-1 at 20 and 40 of a lesson plan, a recipe, a job posting and a leaflet): the splitter sets a list item's
    /// number before a space apart as a sentence, and lead-1 took it for the first.
    /// </summary>
    [Theory]
    [InlineData("教学目标：\n1. 理解光合作用的概念和意义；\n2. 掌握光合作用的过程。", "理解光合作用的概念和意义；")]
    [InlineData("1. 本品仅供外用，切忌口服。\n2. 使用前请摇匀。", "本品仅供外用，切忌口服。")]
    [InlineData("1.五花肉切块，冷水下锅焯水；\n2.锅中放少许油。", "五花肉切块，冷水下锅焯水；")]
    [InlineData("1.", "1.")] // nothing else: the text keeps its first
    public void LeadOneOpensOnNoItemsNumberAlone(string source, string lead) =>
        Assert.Equal(lead, LeadSentenceSummarizer.Summarize(source, 40));

    /// <summary>Before: 1/ 最近读完了《人类简史》，有几点感想想和大家分享 (textrank at 40): a thread's part number opened the summary.</summary>
    [Fact]
    public void NoTextRankSummaryOfAThreadKeepsItsPartNumbers()
    {
        const string Thread = "1/ 最近读完了《人类简史》，有几点感想想和大家分享。\n2/ 作者认为，人类之所以能统治世界，是因为我们能够相信虚构的故事。\n3/ 这种能力让大规模合作成为可能，比如国家、宗教和货币。";
        var textRank = new TextRankSummarizer(Jieba.JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new int?[] { 12, 20, 30, 40, 60, null })
        {
            var summary = textRank.Summarize(Thread, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.DoesNotContain("/", summary, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A clause that ends on the verb of an enumeration introduces the list after it (stop 55; before: textrank
    /// 本次培训的主要内容包括，培训结束后进行闭卷考试… at 40, the list's items too short to choose and the verb left without them).
    /// </summary>
    [Fact]
    public void NoSummaryEndsAClauseOnTheVerbOfTheListItDropped()
    {
        var textRank = new TextRankSummarizer(Jieba.JiebaSegmenter.Default, new TextRankOptions());
        const string Training = "本次培训的主要内容包括：1）安全生产法律法规；2）危险化学品管理；3）应急预案演练；4）事故案例分析。培训结束后进行闭卷考试，成绩合格者颁发培训合格证书。";
        Assert.Equal("培训结束后进行闭卷考试，成绩合格者颁发培训合格证书", textRank.Summarize(Training, 40));
        foreach (var budget in new int?[] { 30, 40, 60 })
        {
            Assert.DoesNotMatch("(包括|分为)(，|$)", textRank.Summarize(Training.Replace("包括", "分为", StringComparison.Ordinal), budget));
        }
    }
}
