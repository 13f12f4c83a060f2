using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A textrank summary never keeps a paper's reference marks (before, md dev at 40 characters:
/// <c>…学习知识的主观能动性[1]</c>, <c>在原来工作[4]的基础上</c>, <c>摩擦感度均较低[3,6]</c>).
/// </summary>
public sealed class CitationMarksTests
{
    [Theory]
    [InlineData("主观能动性[1]", "主观能动性")]
    [InlineData("在原来工作[4]的基础上", "在原来工作的基础上")]
    [InlineData("摩擦感度均较低[3,6]", "摩擦感度均较低")]
    [InlineData("研究进展 [2-5]，综述", "研究进展，综述")]
    [InlineData("最重要的原因［1］", "最重要的原因")]
    [InlineData("文献[1，3～5]指出", "文献指出")]
    public void ReferenceMarksGo(string summary, string expected) => Assert.Equal(expected, CitationMarks.Without(summary));

    [Theory]
    [InlineData("数组a[i]的下标")] // an index, not a reference
    [InlineData("区间[0.5,1]上的解")] // an interval
    [InlineData("第[2019]12号文")] // four digits: a year or document number
    [InlineData("基于深度学习的图像分类")]
    public void OtherBracketsStay(string summary) => Assert.Same(summary, CitationMarks.Without(summary));

    [Fact]
    public void ATextrankSummaryLeavesTheMarksOut()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        const string source = "长期处于被动接受知识的客体地位，教师很难调动学生学习知识的主观能动性[1]。本文提出了改进方法[2,3]。";
        foreach (var budget in new int?[] { 20, 30, 40, 60, null })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.DoesNotContain("[", summary, StringComparison.Ordinal);
        }
    }
}
