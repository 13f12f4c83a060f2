using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A textrank summary never ends a clause on a paper's reference mark (before, md dev at 40 characters:
/// <c>…学习知识的主观能动性[1]</c>, <c>摩擦感度均较低[3,6]</c>); brackets inside names, intervals and clauses stay.
/// </summary>
public sealed class CitationMarksTests
{
    [Theory]
    [InlineData("主观能动性[1]", "主观能动性")]
    [InlineData("摩擦感度均较低[3,6]", "摩擦感度均较低")]
    [InlineData("研究进展 [2-5]，综述", "研究进展，综述")]
    [InlineData("最重要的原因［1］", "最重要的原因")]
    [InlineData("如文献所述[1，3～5]。", "如文献所述。")]
    [InlineData("追求哲人之学\"[1]", "追求哲人之学\"")]
    [InlineData("按《测量不确定度评定与表示》[2]", "按《测量不确定度评定与表示》")]
    [InlineData("护士的职业倦怠现状¹，并分析其影响因素²", "护士的职业倦怠现状，并分析其影响因素")] // footnote marks
    [InlineData("已有多项研究证实¹⁻³。", "已有多项研究证实。")]
    [InlineData("如文献所述²,⁵，", "如文献所述，")]
    [InlineData("增长到2021年的18931元①，年均增长9.5%", "增长到2021年的18931元，年均增长9.5%")] // a statistic's note
    [InlineData("能够显著缓解农户的信贷约束（张三等，2020；李四，2021），进而促进农户收入增长（王五，2019）。", "能够显著缓解农户的信贷约束，进而促进农户收入增长。")] // authors and years (stop 57)
    [InlineData("数字鸿沟可能削弱这种作用（Smith et al., 2019）。", "数字鸿沟可能削弱这种作用。")]
    [InlineData("是其获取资源的重要渠道(Coleman, 1988; Putnam, 2000)。对农户创业具有重要影响(边燕杰, 2004)。", "是其获取资源的重要渠道。对农户创业具有重要影响。")]
    [InlineData("引自相关文献(Zhang and Li, 2021a)", "引自相关文献")]
    [InlineData("Smith等[5]发现，在低收入国家", "Smith等发现，在低收入国家")] // after the authors, the clause going on (stop 58)
    [InlineData("张三等人[3,4]提出了改进方法", "张三等人提出了改进方法")]
    [InlineData("文献[2-4]采用了深度学习方法", "文献采用了深度学习方法")]
    public void ReferenceMarksThatCloseAClauseGo(string summary, string expected) => Assert.Equal(expected, CitationMarks.Without(summary));

    [Theory]
    [InlineData("数组a[i]的下标")] // an index, not a reference
    [InlineData("区间[0.5,1]上的解")] // an interval
    [InlineData("在区间[1,5]上")] // an interval of whole numbers
    [InlineData("x∈[0,1]，且")] // after a symbol
    [InlineData("取值范围为[1,3]。")] // after the word that opens an interval
    [InlineData("10H-噻吩并[2,3-b][1,5]苯二氮杂")] // locants inside a chemical name (md dev 0100)
    [InlineData("第[2019]12号文")] // four digits: a year or document number
    [InlineData("在原来工作[4]的基础上")] // inside a clause: taking it out would glue what the source does not
    [InlineData("基于深度学习的图像分类")]
    [InlineData("包括：①数据采集；②模型构建")] // items the circled digits open
    [InlineData("面积为120 m²，容积为3 m³")] // units
    [InlineData("拟合优度R²，为0.83")]
    [InlineData("浓度为10⁶，")]
    [InlineData("绿地²面积")] // inside a clause
    [InlineData("奥运会在北京（2008年）举办")] // a year alone, no author
    [InlineData("张三（2020）指出，")] // an author named in the sentence: his year is the sentence's
    [InlineData("该病例（男，45岁）入院")]
    public void OtherBracketsStay(string summary) => Assert.Same(summary, CitationMarks.Without(summary));

    [Fact]
    public void FindGivesEveryMarksPlaceInTheText()
    {
        const string source = "核心方向[1]。相干时间提高到毫秒级[2-4]，为此奠定了基础[5]。在区间[1,5]上";
        Assert.Equal([(4, 3), (18, 5), (31, 3)], CitationMarks.Find(source));
        Assert.Empty(CitationMarks.Find("基于深度学习的图像分类"));
    }

    [Fact]
    public void ATextrankSummaryLeavesTheMarksOut() =>
        AssertNoMarkAtAnyBudget("长期处于被动接受知识的客体地位，教师很难调动学生学习知识的主观能动性[1]。本文提出了改进方法[2,3]。");

    /// <summary>Before: [5]然而，实现容错量子计算仍面临巨大挑战 at 40 (marks printed after the stop, as an encyclopedia sets them).</summary>
    [Fact]
    public void ATextrankSummaryLeavesMarksAfterAStopOut() =>
        AssertNoMarkAtAnyBudget("量子计算被认为是下一代计算技术的核心方向。[1]近年来，超导量子比特的相干时间已从纳秒级提高到毫秒级。[2-4]谷歌公司于2019年宣布实现了“量子优越性”。[5]然而，实现容错量子计算仍面临巨大挑战。[6]");

    // textrank's summary of source at 20, 30, 40 and 60 characters and with no budget: never empty, never a mark's bracket.
    private static void AssertNoMarkAtAnyBudget(string source)
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new int?[] { 20, 30, 40, 60, null })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.DoesNotContain("[", summary, StringComparison.Ordinal);
        }
    }

    /// <summary>Before: 我国农村居民人均可支配收入从2012年的8389元增长到，数据来源于国家统计局 at 40, the note's text glued on.</summary>
    [Fact]
    public void AStatisticsNoteIsNeitherMarkNorCandidate()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        const string source = "我国农村居民人均可支配收入从2012年的8389元增长到2021年的18931元①，年均增长9.5%。城乡居民收入比由2.88缩小到2.50。\n注：①数据来源于国家统计局。";
        foreach (var budget in new int?[] { 20, 30, 40, 50, 60, null })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.DoesNotContain("①", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("国家统计局", summary, StringComparison.Ordinal);
        }
    }
}
