using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A text's statement of its outline (<c>本论文共分为五章。</c>) is no summary's source, and its chapters' numbers open no
/// summary (stop 61's thesis probe; before: textrank <c>本论文共分为五章</c> at 20 and 40, the topic left out).
/// </summary>
public sealed class OutlineStatementsTests
{
    [Theory]
    [InlineData("本论文共分为五章。", true)]
    [InlineData("全文共分三个部分。", true)]
    [InlineData("本书由八章组成。", true)]
    [InlineData("本文分为4节", true)]
    [InlineData("本文将患者分为两组。", false)] // what the study did
    [InlineData("本论文共分为五章，第一章为绪论。", false)] // goes on to the chapters
    [InlineData("全文共分三个部分，分别讨论了…", false)]
    public void AnOutlineCountsTheChapters(string sentence, bool outline) => Assert.Equal(outline, OutlineStatements.Is(sentence));

    [Fact]
    public void AThesisIsSummarizedFromWhatItsChaptersDo()
    {
        const string source = "本论文共分为五章。第一章为绪论，介绍了研究背景、研究意义及国内外研究现状；第二章阐述了深度强化学习的相关理论基础；"
            + "第三章提出了一种基于注意力机制的多智能体协同决策算法；第四章通过仿真实验验证了所提算法的有效性；第五章对全文进行了总结，并对未来工作进行了展望。";
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        Assert.Equal("基于注意力机制的多智能体协同决策算法", textRank.Summarize(source, 20));
        foreach (var budget in new[] { 30, 40, 60 })
        {
            var summary = textRank.Summarize(source, budget);
            Assert.DoesNotContain("五章", summary, StringComparison.Ordinal);
            Assert.DoesNotMatch("(^|，)第[一二三四五]章", summary);
        }
    }
}
