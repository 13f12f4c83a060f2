using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// The compressive summary of a text with zero-width spaces, word joiners, an inner BOM or soft hyphens in it is the
/// summary of the same text without them (they are left out of the analysed text, as for the extractive summarizers).
/// </summary>
public sealed class InvisibleCharacterTests
{
    [Theory]
    [InlineData("研究\u200B方法\u200B的\u200B改进\u3000与\u00A0应用。")]
    [InlineData("目的\u200B：探讨\u200B血清维生素D水平与糖尿病的关系\u200B。方法\u200B：选取患者\u200B。结果\u2060：患者血清水平较低。")]
    [InlineData("\uFEFF本文提出一种基于图神经网络的推荐方法\u200B，在三个公开数据集上验证了其有效\u00AD性。")]
    public void ASummaryIsTheOneOfTheTextWithoutThem(string source)
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var visible = string.Concat(source.Where(c => c is not ('\u200B' or '\u2060' or '\uFEFF' or '\u00AD')));
        foreach (var budget in new[] { 8, 12, 16, 20, 30 })
        {
            Assert.Equal(summarizer.Summarize(visible, budget), summarizer.Summarize(source, budget));
        }
    }
}
