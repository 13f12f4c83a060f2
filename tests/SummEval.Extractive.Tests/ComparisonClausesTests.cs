using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A clause that opens on the comparison's 比 (<c>…总产量达到14130亿斤，比上年增加120亿斤</c>) says what grew without saying what:
/// its subject is the clause before. It is no summary's piece (stop 63's harvest report; before: <c>比上年增加120亿斤</c> at 20).
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
}
