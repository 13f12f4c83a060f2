using SummEval.Extractive.Selection;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

// Framing that outlived the markers on text from other fields: a verb behind an adverb (简要介绍了, 着重论述了), a view
// reported (认为, 指出), a case report's count (报告1例), and a sentence short enough to be taken whole.
public sealed class FramingAdverbsTests
{
    [Theory]
    [InlineData("简要介绍了CT分析技术在土壤科学研究中的应用", "CT分析技术在土壤科学研究中的应用")]
    [InlineData("着重论述了夹竹桃的应用价值", "夹竹桃的应用价值")]
    [InlineData("详细地阐述了民族关系的文化功能", "民族关系的文化功能")]
    [InlineData("初步研究结果表明该种质确属雄性不育", "该种质确属雄性不育")]
    [InlineData("认为财务研究的起点在于财务活动", "财务研究的起点在于财务活动")]
    [InlineData("报告1例恶性黑素瘤伴有白癜风样色素减退斑", "恶性黑素瘤伴有白癜风样色素减退斑")]
    [InlineData("报道了12例幼年透明蛋白纤维瘤病", "幼年透明蛋白纤维瘤病")]
    [InlineData("报告1例以色素减退为主要表现的蕈样肉芽肿", "色素减退为主要表现的蕈样肉芽肿")]
    public void AdverbsReportsAndCaseCountsAreFraming(string clause, string expected) =>
        Assert.Equal(expected, DiscourseMarkers.Strip(clause));

    [Theory]
    // A purpose clause's verb (为明确…, 旨在阐明…) and the objective verbs 讨论, 揭示, 力图, where objective verbs are stripped.
    [InlineData("为明确太湖流域农田氮磷流失特征", "太湖流域农田氮磷流失特征")]
    [InlineData("旨在阐明社会信息化进程测度指标体系", "社会信息化进程测度指标体系")]
    [InlineData("讨论过量空气系数与柴油机性能的关系", "过量空气系数与柴油机性能的关系")]
    [InlineData("揭示了歌唱语言的情感表达规律", "歌唱语言的情感表达规律")]
    public void PurposeVerbsAreObjectiveFraming(string clause, string expected)
    {
        Assert.Equal(expected, DiscourseMarkers.Strip(clause, objectiveVerbs: true));
        Assert.NotEqual(expected, DiscourseMarkers.Strip(clause, objectiveVerbs: false));
    }

    [Theory]
    // An adverb alone may be content, "系统分析" is a field's name, and "报告" without a count is a noun.
    [InlineData("主要成分分析在光谱数据中的应用")]
    [InlineData("初步设计阶段的成本估算")]
    [InlineData("系统分析方法在水资源规划中的应用")]
    [InlineData("报告显示农村居民收入持续增长")]
    [InlineData("报告制度的完善")]
    public void ContentThatOnlyLooksLikeFramingStays(string clause) =>
        Assert.Equal(clause, DiscourseMarkers.Strip(clause, objectiveVerbs: true));

    [Theory]
    // Each summary is a sentence short enough to be taken whole: before, it kept its framing and its full stop.
    [InlineData("报告1例幼年透明蛋白纤维瘤病.患儿男,2个月,躯干散在6个梭形黄豆至枣核大皮下结节1个月,触之呈软骨样硬度.组织病理学检查显示真皮内瘤细胞浸没在嗜酸性透明基质中,呈软骨样外观.", "幼年透明蛋白纤维瘤病")]
    [InlineData("探讨介入诊疗肺血管栓塞症的临床价值.回顾性分析经介入诊疗的肺血管栓塞症患者36例,介入诊疗肺血管栓塞症安全有效.", "介入诊疗肺血管栓塞症的临床价值")]
    [InlineData("本文提出基于预测的兴趣点推荐算法。该算法利用用户签到数据预测兴趣点的访问概率，兴趣点推荐的准确率高于对比算法。", "基于预测的兴趣点推荐算法")]
    public void ASentenceTakenWholeReadsAsATitle(string source, string expected) => Assert.Equal(expected, Summary(source));

    [Theory]
    // 对/对于 before the topic frame it (54 md dev summaries opened on 对, 5 titles do); 对比 is a word and stays.
    [InlineData("对低渗透气藏多级压裂水平井稳态产能模型进行了研究，建立了考虑应力敏感的产能方程。", "低渗透气藏多级压裂水平井稳态产能模型")]
    [InlineData("对于可变形气动问题的研究还很不系统。本文对二维翼型的可变形方案进行了初步研究。", "可变形气动问题的研究还很不系统")]
    [InlineData("对比分析了两种施肥方式下水稻的产量差异。", "对比分析了两种施肥方式下水稻的产量差异")]
    public void ThePrepositionBeforeTheTopicIsFraming(string source, string expected) => Assert.Equal(expected, Summary(source));

    // The default textrank at 20 characters.
    private static string Summary(string source) => new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions()).Summarize(source, 20);

    [Fact]
    public void FramingThatStartsACompoundStaysOnAWholeSentence()
    {
        // 研究|结果 is "the study's results": stripping 研究 would open the summary with the label 结果 (md dev 0028).
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { Unit = SelectionUnit.Sentence });
        var summary = summarizer.Summarize("研究结果支持了基于理由的假设.", 20);
        Assert.Equal("研究结果支持了基于理由的假设", summary);
        Assert.Equal(0, SectionLabels.LabelLength(summary));
    }

    [Fact]
    public void AbbreviationsKeepTheirStop()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { Unit = SelectionUnit.Sentence });
        Assert.Equal("新冠疫苗在U.S.", summarizer.Summarize("新冠疫苗在U.S.", 20));
        Assert.Equal("新冠疫苗的接种率", summarizer.Summarize("新冠疫苗的接种率。", 20));
    }
}
