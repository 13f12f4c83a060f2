using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using SummEval.Testing;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// A TeX formula in an abstract is one word: the shipped model keeps it whole or leaves it out (before: jieba's pieces
/// were words, and <c>椭圆方程$$中正解</c> kept the dollars of a formula without its body).
/// </summary>
public sealed class FormulaDecodingTests
{
    [Fact]
    public void EachFormulaIsOneWord()
    {
        foreach (var source in TexAbstracts.All)
        {
            var words = DocumentAnalyzer.Default.Analyze(source).Words.Select(w => w.Text).ToList();
            Assert.Equal(source, string.Concat(words));
            Assert.All(words.Where(w => w.Contains('$', StringComparison.Ordinal)), w => Assert.Contains(w, TexAbstracts.Formulas));
        }
    }

    [Fact]
    public void TheShippedModelNeverKeepsPartOfAFormula()
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        foreach (var source in TexAbstracts.All)
        {
            for (var budget = 8; budget <= 40; budget += 2)
            {
                var summary = summarizer.Summarize(source, budget);
                Assert.NotEqual(string.Empty, summary);
                Assert.True(TexAbstracts.HasOnlyWholeFormulas(summary), $"{budget}: {summary}");
            }
        }
    }
}
