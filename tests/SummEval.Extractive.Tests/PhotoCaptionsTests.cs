using SummEval.Extractive.Lead;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A news photo's caption set in the story (stop 56; before: every summarizer gave <c>图为工人在检修输电线路</c> at 20 and 40 for a
/// story under its photo, and textrank <c>近日，某市首条地铁线路开通试运营。图为市民在地铁站内排队乘车</c> at 40): the story is summarized.
/// </summary>
public sealed class PhotoCaptionsTests
{
    private const string UnderItsPhoto = "图为工人在检修输电线路。（记者 李明 摄）\n入冬以来，国网某供电公司组织人员对辖区内110千伏及以上输电线路开展全面巡检，确保冬季电网安全稳定运行。";

    private const string AroundItsPhoto = "近日，某市首条地铁线路开通试运营。\n图为市民在地铁站内排队乘车。新华社记者 王某 摄\n该线路全长28.5公里，共设车站22座，连接火车站、机场和市中心，预计日均客流量可达30万人次。";

    private static readonly TextRankSummarizer TextRank = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    [InlineData("图为工人在检修输电线路。", true)]
    [InlineData("上图为市民在公园赏花。", true)]
    [InlineData("上图：市民在地铁站内排队乘车", true)]
    [InlineData("题图：哈尔滨冰雪大世界夜景", true)]
    [InlineData("以高评分的查询子图为指引，在知识图谱中并行搜索。", false)] // a paper's words (CSL train)
    [InlineData("图书馆为师生提供借阅服务。", false)]
    [InlineData("图像为灰度图时该方法失效。", false)]
    public void ACaptionIsKnownByHowItOpens(string sentence, bool caption) => Assert.Equal(caption, PhotoCaptions.Is(sentence));

    [Fact]
    public void ACaptionIsAFieldAndTheStoryIsSummarized()
    {
        Assert.Equal([true, false], BibliographicFields.Fields(["图为工人在检修输电线路。", "国网某供电公司开展输电线路巡检。"]));
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.StartsWith("入冬以来，国网某供电公司", LeadSentenceSummarizer.Summarize(UnderItsPhoto, budget), StringComparison.Ordinal);
            Assert.StartsWith("入冬以来，国网某供电公司", TextRank.Summarize(UnderItsPhoto, budget), StringComparison.Ordinal);
            Assert.DoesNotContain("图为", TextRank.Summarize(AroundItsPhoto, budget), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ACaptionAloneIsStillSummarized() => Assert.Equal("图为工人在检修输电线路", TextRank.Summarize("图为工人在检修输电线路。", 20));
}
