using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A cut never parts a clock time or a ratio at its colon (before: <c>本小区将于12月5日8:00至18</c> of <c>8:00至18:00</c>); a label's
/// colon after a digit is cut at as before.
/// </summary>
public sealed class ClockTimeCutTests
{
    private static readonly TextRankSummarizer Default = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    // Backed off to before the time: 至 waits for the span's end (stop 55), and 将于 with a time but no verb is no clause.
    [InlineData("本小区将于12月5日8:00至18:00停水", "本小区将于12月5日8:00至18", "本小区")]
    [InlineData("本小区将于12月5日8:00至18:00停水", "本小区将于12月5日8:00至18:", "本小区")]
    [InlineData("氮磷比为1：2时产量最高", "氮磷比为1", "氮磷比为")] // and 为 waits for its object
    public void ACutDoesNotPartAClockTimeOrARatio(string text, string keep, string expected) => Assert.Equal(expected, JiebaCut.Prefix(text, keep));

    [Fact]
    public void ASummaryKeepsTheTimeWholeOrLeavesItOut()
    {
        const string source = "温馨提示：因管道维修，本小区将于12月5日8:00至18:00停水，请各位业主提前做好储水准备。";
        for (var budget = 12; budget <= 30; budget++)
        {
            var summary = Default.Summarize(source, budget);
            Assert.False(summary.EndsWith("18", StringComparison.Ordinal) || summary.EndsWith(':') || summary.EndsWith("8:0", StringComparison.Ordinal), $"budget {budget}: {summary}");
        }
    }
}
