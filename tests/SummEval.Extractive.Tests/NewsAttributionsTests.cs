using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

public sealed class NewsAttributionsTests
{
    private static readonly TextRankSummarizer TextRank = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    [InlineData("记者从省农业农村厅获悉", true)]
    [InlineData("记者昨天从市统计局了解到", true)]
    [InlineData("本报记者近日从教育部获悉", true)]
    [InlineData("3日记者从国家统计局获悉", true)]
    [InlineData("从省农业农村厅获悉", true)]
    [InlineData("据新华社报道", true)]
    [InlineData("据介绍", true)]
    [InlineData("据悉", true)]
    [InlineData("据教育部网站消息", true)]
    [InlineData("分析以上基本信息得知", false)] // CSL train: a finding's source, no reporter and no source
    [InlineData("根据调查结果", false)]
    [InlineData("数据显示", false)]
    [InlineData("记者从省农业农村厅获悉今年我省粮食总产量达到1350亿斤", false)] // the story runs on: more than an attribution
    [InlineData("据统计", false)] // a count's source: the figure is the story
    public void AnAttributionIsAReporterOrASourceAndTheVerbOfHearing(string clause, bool attribution) =>
        Assert.Equal(attribution, NewsAttributions.IsAttribution(clause));

    [Theory]
    [InlineData("11月20日，记者从省农业农村厅获悉，今年我省粮食总产量达到1350亿斤。", "今年我省粮食总产量达到1350亿斤。")]
    [InlineData("据悉，我国首个深远海浮式风电平台日前并网发电。", "我国首个深远海浮式风电平台日前并网发电。")]
    [InlineData("11月20日，国家统计局发布数据。", "11月20日，国家统计局发布数据。")] // a date, then no attribution
    [InlineData("记者从省农业农村厅获悉，", "记者从省农业农村厅获悉，")] // nothing follows it
    public void AnOpeningAttributionIsCutWithTheDateBeforeIt(string sentence, string rest) =>
        Assert.Equal(rest, sentence[NewsAttributions.OpeningLength(sentence)..]);

    /// <summary>
    /// Before: 记者从省农业农村厅获悉 (textrank at 20), 记者从省农业农村厅获悉，连续8年稳定在1300亿斤以上… and 据悉，我国首个深远海浮式风电平台…
    /// (at 40), 据新华社报道，国家发展改革委近日印发通知 (at 20): the attribution taken as a clause, or the lead sentence with it.
    /// </summary>
    [Fact]
    public void NoTextRankSummaryTakesANewsStorysAttribution()
    {
        foreach (var story in NewsStories.Attributed)
        {
            foreach (var budget in new int?[] { 12, 20, 30, 40, null })
            {
                var summary = TextRank.Summarize(story, budget);
                Assert.NotEqual(string.Empty, summary);
                Assert.False(NewsStories.TakesAnAttribution(summary), $"{budget}: {summary}");
            }
        }
    }
}
