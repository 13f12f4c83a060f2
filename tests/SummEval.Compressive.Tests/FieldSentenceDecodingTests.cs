using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using SummEval.Testing;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// A journal page's fields pasted with an abstract: the decoder keeps none of their words (before:
/// <c>基金项目国家自然科学基金项目数字金融发展</c>).
/// </summary>
public sealed class FieldSentenceDecodingTests
{
    [Fact]
    public void TheShippedModelTakesNoWordFromAField()
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        foreach (var page in JournalPages.All)
        {
            foreach (var budget in new[] { 12, 20, 30, 50 })
            {
                var summary = summarizer.Summarize(page, budget);
                Assert.NotEqual(string.Empty, summary);
                Assert.False(JournalPages.TakesFromAField(summary), summary);
            }
        }
    }
}
