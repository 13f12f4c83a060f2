using SummEval.Extractive.Normalization;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>TeX formulas pasted into an abstract are units: found where TeX puts them, and never cut into.</summary>
public sealed class InlineMathTests
{
    [Theory]
    [InlineData("基于$\\ell_1$范数", "$\\ell_1$")]
    [InlineData("方程$$u_t = \\Delta u$$的解", "$$u_t = \\Delta u$$")]
    [InlineData("在\\(\\mathbb{R}^N\\)中", "\\(\\mathbb{R}^N\\)")]
    [InlineData("当\\[x^2+1\\]时", "\\[x^2+1\\]")]
    [InlineData("设$x$与$y$为", "$x$|$y$")]
    [InlineData("价格为$5 and $6的", "")] // prices: a space before the second $ closes nothing
    [InlineData("从$10涨到$20元", "")] // a closer followed by a digit is a price
    [InlineData("收取\\$5的费用$", "")] // an escaped dollar opens nothing
    [InlineData("成本为$ 5元", "")]
    [InlineData("这是$x的值。下一句$", "")] // no span across a sentence end
    [InlineData("没有公式的文本", "")]
    public void SpansAreWhereTexPutsThem(string text, string expected)
    {
        var spans = InlineMath.Spans(text).Select(s => text[s.Start..s.End]);
        Assert.Equal(expected, string.Join('|', spans));
    }

    [Fact]
    public void AnOffsetInsideAFormulaFindsItsStart()
    {
        const string text = "基于$\\ell_1$范数";
        Assert.Equal(-1, InlineMath.SpanAround(text, 2));
        Assert.Equal(2, InlineMath.SpanAround(text, 3));
        Assert.Equal(2, InlineMath.SpanAround(text, 9));
        Assert.Equal(-1, InlineMath.SpanAround(text, 10));
        Assert.Equal(-1, InlineMath.SpanAround("没有公式", 2));
    }

    [Fact]
    public void NoExtractiveSummaryCutsIntoAFormula()
    {
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var source in TexAbstracts.All)
        {
            for (var budget = 6; budget <= 60; budget++)
            {
                var summary = textRank.Summarize(source, budget);
                Assert.True(TexAbstracts.HasOnlyWholeFormulas(summary), $"{budget}: {summary}");
            }
        }
    }

    [Fact]
    public void TheFormulasFoundAreTheOnesWrittenOut() =>
        Assert.Equal(
            TexAbstracts.Formulas.Order(StringComparer.Ordinal),
            TexAbstracts.All.SelectMany(t => InlineMath.Spans(t).Select(s => t[s.Start..s.End])).Distinct().Order(StringComparer.Ordinal));
}
