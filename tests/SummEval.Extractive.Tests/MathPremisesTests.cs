using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A mathematical premise (<c>设G是有限群，H是G的子群。</c>) names the symbols and is no summary's source (stop 61's algebra probe;
/// before: textrank gave the premise at 20 and 40, and the topic, 有限群中子群的s-半置换性对群结构的影响, was left out).
/// </summary>
public sealed class MathPremisesTests
{
    [Theory]
    [InlineData("设G是有限群，H是G的子群。", true)]
    [InlineData("设F是一个域,An,是一个乘法半群且满足…", true)] // md dev 0414
    [InlineData("令x为方程的正根。", true)]
    [InlineData("假设A，B满足交换律。", true)]
    [InlineData("设α∈(0,1)。", true)]
    [InlineData("设计了一种基于FPGA的控制器。", false)] // 设计, a word
    [InlineData("记录了患者的血压变化。", false)]
    [InlineData("令人满意的是，该方法精度较高。", false)]
    [InlineData("本文设G为有限群。", false)] // not the sentence's opening
    public void APremiseOpensWithASymbolAndWhatItIs(string sentence, bool premise) => Assert.Equal(premise, MathPremises.Opens(sentence));

    [Fact]
    public void AnAlgebraAbstractIsSummarizedFromItsTopic()
    {
        const string source = "设G是有限群，H是G的子群。本文研究了有限群中子群的s-半置换性对群结构的影响，利用极小阶反例的方法，得到了有限群为p-幂零群的若干新的充分条件，推广了已有文献中的相关结果。";
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        Assert.Equal("有限群中子群的s-半置换性对群结构的影响", textRank.Summarize(source, 20));
        foreach (var budget in new[] { 30, 40, 60 })
        {
            Assert.DoesNotContain("设G", textRank.Summarize(source, budget), StringComparison.Ordinal);
        }

        // A text that is nothing but premises is still summarized from them.
        Assert.NotEqual(string.Empty, textRank.Summarize("设G是有限群，H是G的子群。", 20));
    }
}
