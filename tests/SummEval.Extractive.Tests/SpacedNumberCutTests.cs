using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A cut never parts a number written SI style in Chinese text from its next group of three digits or from its unit
/// one space on (before: <c>黄河口模型试验厅建筑面积45</c> of <c>45 090 m2</c>); English prose is still cut between its words.
/// </summary>
public sealed class SpacedNumberCutTests
{
    private static readonly TextRankSummarizer Default = new(JiebaSegmenter.Default, new TextRankOptions());

    private static string Cut(string text, string keep) => JiebaCut.Prefix(text, keep);

    [Theory]
    [InlineData("建筑面积45 090 m2，最高32.5 m。", "建筑面积45", "建筑面积")]
    [InlineData("建筑面积45 090 m2，最高32.5 m。", "建筑面积45 090", "建筑面积")]
    [InlineData("建筑面积45 090 m2，最高32.5 m。", "建筑面积45 090 m2", "建筑面积45 090 m2")]
    [InlineData("检测范围为3～8\u2009000 ng/ml", "检测范围为3～8", "检测范围")] // and 为 waits for its object
    [InlineData("最大跨度148\u00A0m的钢结构", "最大跨度148", "最大跨度")]
    public void ACutDoesNotPartASpacedNumber(string text, string keep, string expected) => Assert.Equal(expected, Cut(text, keep));

    [Theory]
    [InlineData("The survey ran in 2019 and 2020 across provinces", "The survey ran in 2019")] // English prose
    [InlineData("共选取患者120 例", "共选取患者120")] // a counter, not a unit or a group: 例 is no Latin word
    [InlineData("样本量为12 3456组", "样本量为12")] // four digits are no group of three
    public void OtherNumbersBeforeASpaceAreCutAsBefore(string text, string keep) => Assert.Equal(keep, Cut(text, keep));

    [Fact]
    public void ASummaryKeepsTheSpacedNumberWholeOrLeavesItOut()
    {
        const string source = "黄河口模型试验厅建筑面积45 090 m2，最高32.5 m，最大跨度148 m。";
        for (var budget = 12; budget <= 24; budget++)
        {
            var summary = Default.Summarize(source, budget);
            Assert.True(summary is "黄河口模型试验厅建筑面积" || summary.Contains("45 090 m2", StringComparison.Ordinal), $"budget {budget}: {summary}");
        }
    }
}
