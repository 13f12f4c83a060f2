using SummEval.Extractive.Lead;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

// Text copied from a journal page keeps its typesetting: labels spaced out letter by letter (摘 要, 目　的) and the
// headings a database prints over the text ([正文], 【内容提要】). No summary may carry one.
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
    public void NoTextRankSummaryOpensWithAHeading(string heading)
    {
        foreach (var unit in new[] { SelectionUnit.Auto, SelectionUnit.Sentence, SelectionUnit.Clause })
        {
            var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { Unit = unit });
            foreach (var budget in new[] { 20, 30, 60 })
            {
                var summary = summarizer.Summarize(heading + Body, budget);
                Assert.NotEqual("", summary);
                Assert.Equal(0, SectionLabels.LabelLength(summary));
                Assert.DoesNotContain(heading.Trim(' ', '　', '：'), summary);
                Assert.DoesNotContain("要", summary);
            }
        }
    }

    [Fact]
    public void AHeadingOnItsOwnLineIsNoLeadSentence()
    {
        var summary = LeadSentenceSummarizer.Summarize("摘　要\n" + Body, 20);
        Assert.StartsWith("针对城市污水处理厂", summary, StringComparison.Ordinal);
    }
}
