using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A textrank summary never ends on a colon that announces what follows (before, md dev at 40 characters:
/// <c>与会代表们回顾了20年来文艺美学的发展道路.与会代表主要对以下问题展开热烈讨论:</c>), nor opens on a dash.
/// </summary>
public sealed class FinalColonTests
{
    private static readonly TextRankSummarizer Default = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    [InlineData("本文对大菱鲆养成试验进行了总结。现将养成试验的情况介绍如下：")]
    [InlineData("与会代表们回顾了二十年来文艺美学的发展道路。与会代表主要对以下问题展开热烈讨论:")]
    public void NoSummaryEndsOnAColon(string source)
    {
        foreach (var budget in new int?[] { 10, 20, 30, 40, 60, null })
        {
            var summary = Default.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.False(summary[^1] is ':' or '：', $"budget {budget}: {summary}");
        }
    }

    /// <summary>
    /// Before: <c>——科学记忆，轻松掌握核心词汇</c> at 20 for an app's description: the name in brackets was left out and the
    /// dash after it opened the summary.
    /// </summary>
    [Theory]
    [InlineData("【每日背单词】——科学记忆，轻松掌握核心词汇！根据艾宾浩斯遗忘曲线智能安排复习。")]
    [InlineData("【每日背单词】―― 科学记忆，轻松掌握核心词汇！")]
    public void NoSummaryOpensOnADash(string source)
    {
        foreach (var budget in new int?[] { 10, 20, 30, 40, 60, null })
        {
            var summary = Default.Summarize(source, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.False(summary[0] is '—' or '―' or ' ', $"budget {budget}: {summary}");
        }
    }

    /// <summary>Before: v2.3.1 更新内容：。修复了部分机型闪退的问题；… at 40: a sentence chosen whole kept its colon before the stop.</summary>
    [Fact]
    public void ASentenceChosenWholeLosesItsColonBeforeTheNextOne()
    {
        const string Changelog = "v2.3.1 更新内容：\n1. 修复了部分机型闪退的问题；\n2. 新增夜间模式；\n3. 优化了首页加载速度。";
        foreach (var budget in new int?[] { 20, 30, 40, 60, null })
        {
            var summary = Default.Summarize(Changelog, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.DoesNotContain("：。", summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AColonInsideStays() =>
        Assert.Contains("：", Default.Summarize("以体积比3：2的乙醇水溶液提取黄酮类化合物的工艺研究。", 40), StringComparison.Ordinal);
}
