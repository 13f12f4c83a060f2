using SummEval.Extractive.Lead;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

// Text copied from a journal page keeps its typesetting: labels spaced out letter by letter (摘 要, 目　的), the
// headings a database prints over the text ([正文], 【内容提要】) and numbered headings (一、研究背景, 2.1 研究设计).
// No summary may carry one.
public sealed class TypesetLabelsTests
{
    private const string Body = "针对城市污水处理厂出水总氮超标的问题，采用A2O工艺改造方案进行了中试研究。结果表明，改造后总氮去除率提高了15%。";

    [Theory]
    [InlineData("[正文]")]
    [InlineData("【摘 要】")]
    [InlineData("摘 要 ")]
    [InlineData("摘　要：")]
    [InlineData("【内容提要】")]
    [InlineData("内容摘要：")]
    [InlineData("【导语】")]
    [InlineData("摘　要　目　的：")]
    [InlineData("一、研究背景 ")]
    [InlineData("（一）研究方法：")]
    [InlineData("1 引言 ")]
    [InlineData("2.1 研究设计 ")]
    [InlineData("【病例】")] // any heading in 【】: a case report, a judgment's brief
    [InlineData("【裁判要旨】")]
    public void NoTextRankSummaryOpensWithAHeading(string heading)
    {
        foreach (var (_, _, summary) in TextRankSweep.Summaries(heading + Body, 20, 30, 60))
        {
            Assert.NotEqual("", summary);
            Assert.Equal(0, SectionLabels.LabelLength(summary));
            Assert.DoesNotContain(heading.Trim(' ', '　', '：'), summary);
            Assert.DoesNotContain("要", summary);
        }
    }

    [Theory]
    [InlineData("一、研究背景 近年来，我国城镇化进程加快，城市内涝频发。二、研究方法 本文构建了基于SWMM的城市内涝模拟模型，以某市老城区为例进行了情景分析。三、研究结论 结果表明，低影响开发措施可使积水量减少30%。")]
    [InlineData("1 引言 随着新媒体的兴起，大学生的阅读方式发生了深刻变化。2 研究设计 本研究以某高校500名本科生为对象，采用问卷调查法考察其数字阅读行为。3 结果 数字阅读时长与学业成绩呈弱负相关。")]
    public void NoSummaryOfANumberedTextCarriesAHeading(string source)
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 10, 20, 30, 60, 200 })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.NotEqual("", summary);
            foreach (var heading in new[] { "研究背景", "研究方法", "研究结论", "引言", "研究设计", "3 结果", "一、", "二、" })
            {
                Assert.DoesNotContain(heading, summary);
            }
        }
    }

    // A judgment's brief or a case report heads its parts with any words in 【】, with or without a full stop before them;
    // in a text that does not open with one, 【】 inside a sentence sets off a term, which stays.
    [Fact]
    public void NoSummaryCarriesAHeadingInLenticularBrackets()
    {
        const string glued = "【裁判要旨】网络服务提供者未尽到合理注意义务的，应当与直接侵权人承担连带责任【基本案情】原告系某知名品牌商标权人，发现被告经营的电商平台上大量店铺销售假冒商品【裁判结果】法院判决被告与销售者承担连带赔偿责任，赔偿原告经济损失50万元。";
        foreach (var source in new[] { glued, glued.Replace("【基本", "。【基本", StringComparison.Ordinal).Replace("【裁判结果", "。【裁判结果", StringComparison.Ordinal) })
        {
            foreach (var (_, _, summary) in TextRankSweep.Summaries(source, 20, 30, 60, 120))
            {
                Assert.NotEqual("", summary);
                Assert.DoesNotContain("【", summary);
            }
        }

        Assert.Equal(["【裁判要旨】A应当承担责任", "【基本案情】B系商标权人"], SentenceSplitter.Split("【裁判要旨】A应当承担责任【基本案情】B系商标权人"));
        Assert.Single(SentenceSplitter.Split("本文采用【双重差分】方法检验了A的影响"));
        Assert.Contains("【双重差分】", new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions()).Summarize("本文采用【双重差分】方法检验了数字金融对农村居民消费的影响。", 40));
    }

    [Fact]
    public void AHeadingOnItsOwnLineIsNoLeadSentence()
    {
        var summary = LeadSentenceSummarizer.Summarize("摘　要\n" + Body, 20);
        Assert.StartsWith("针对城市污水处理厂", summary, StringComparison.Ordinal);
    }
}
