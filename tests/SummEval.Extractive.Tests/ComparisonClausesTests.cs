using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A clause that opens on the comparison's 比 (<c>…总产量达到14130亿斤，比上年增加120亿斤</c>) says what grew without saying what:
/// its subject is the clause before. It is no summary's piece (stop 63's harvest report; before: <c>比上年增加120亿斤</c> at 20),
/// nor is one that opens on <c>同比</c>, <c>环比</c>, <c>较</c> or the period compared with (stop 64's quarterly report; before:
/// <c>公司2026年第三季度实现营业收入45.3亿元，上年同期为盈利3.8亿元</c> at 40, last year's profit read as this quarter's).
/// </summary>
public sealed class ComparisonClausesTests
{
    [Fact]
    public void ANewsReportIsNotSummarizedByItsComparison()
    {
        const string source = "新华社北京12月7日电 记者从国家统计局获悉，2026年全国粮食总产量达到14130亿斤，比上年增加120亿斤，增长0.9%，连续第三年稳定在1.4万亿斤以上。"
            + "分季节看，夏粮产量2980亿斤，比上年减少15亿斤；早稻产量565亿斤，增加6亿斤；秋粮产量10585亿斤，增加129亿斤。";
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 20, 30, 40 })
        {
            var summary = textRank.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.All(summary.Split('，', '；', '。'), piece => Assert.False(piece.StartsWith('比'), $"{budget}: {summary}"));
        }

        Assert.Equal("2026年全国粮食总产量达到14130亿斤，连续第三年稳定在1.4万亿斤以上", textRank.Summarize(source, 40));
    }

    [Theory]
    [InlineData("上年同期为盈利3.8亿元", true)]
    [InlineData("去年同期为亏损", true)]
    [InlineData("同比下降12.4%", true)]
    [InlineData("环比下降0.2%", true)]
    [InlineData("较上年末下降0.03个百分点", true)]
    [InlineData("比上年增加120亿斤", true)]
    [InlineData("上年全省粮食产量稳中有增", false)]
    [InlineData("较好地解决了这一问题", false)]
    [InlineData("全市实现地区生产总值8563亿元", false)]
    public void AComparisonIsToldByItsOpening(string clause, bool comparison)
    {
        Assert.Equal(comparison, ComparisonClauses.IsComparison(clause, JiebaSegmenter.Default.Cut(clause)[0]));
    }

    [Fact]
    public void AQuarterlyReportIsNotSummarizedByLastYearsFigure()
    {
        const string source = "公司2026年第三季度实现营业收入45.3亿元，同比下降12.4%；归属于上市公司股东的净利润为-2.1亿元，上年同期为盈利3.8亿元。"
            + "业绩下滑主要受产品价格下跌和原材料成本上升的双重挤压。公司表示，将通过优化产品结构、压缩管理费用等措施改善经营状况。";
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 20, 30, 40, 60 })
        {
            var summary = textRank.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.DoesNotContain("上年同期", summary, StringComparison.Ordinal);
        }

        Assert.Equal("公司2026年第三季度实现营业收入45.3亿元", textRank.Summarize(source, 40));
    }
}
