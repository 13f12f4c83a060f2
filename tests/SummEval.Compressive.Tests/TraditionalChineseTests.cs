using System.Text.Json;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;
using SummEval.Extractive.Normalization;
using SummEval.Jieba.Keywords;
using SummEval.Testing;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// A Traditional Chinese abstract is summarized as its simplified form would be, in its own characters, and training
/// on traditional pairs learns what training on their simplified forms learns (Data/other-fields-traditional.jsonl:
/// the other-fields abstracts and titles through OpenCC's s2t, each beside its character-level simplification).
/// </summary>
public sealed class TraditionalChineseTests
{
    private static readonly TrainingOptions Small = new() { Trees = 20, Leaves = 8, Folds = 3, HoldOutFraction = 0.25 };

    private static IReadOnlyList<(TrainingPair Traditional, TrainingPair Simplified)> Pairs() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "other-fields-traditional.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string Field(string name) => root.GetProperty(name).GetString()!;
                return (new TrainingPair(Field("content"), Field("title")), new TrainingPair(Field("simplified_content"), Field("simplified_title")));
            })
            .ToList();

    [Fact]
    public void TheShippedModelSummarizesATraditionalAbstractAsItsSimplifiedForm()
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var sources = TraditionalAbstracts.All.Concat(Pairs().Select(p => (p.Traditional.Source, p.Simplified.Source)));
        foreach (var (traditional, simplified) in sources)
        {
            var summary = summarizer.Summarize(traditional, 20);
            Assert.Equal(AnalysisText.Of(traditional).Restore(summarizer.Summarize(simplified, 20)), summary);
            Assert.All(summary, c => Assert.Contains(c, traditional));
        }

        // On the traditional characters jieba splits 績效 (會性/別, 任績/效之影響); on the shadow the summary keeps it whole.
        Assert.Contains("績效", summarizer.Summarize(TraditionalAbstracts.All[1].Traditional, 20));
    }

    [Fact]
    public void TrainingOnTraditionalPairsLearnsWhatTheirSimplifiedFormsTeach()
    {
        var pairs = Pairs();
        Assert.All(pairs, p => Assert.True(AnalysisText.Of(p.Traditional.Source).IsTraditional));
        var (traditional, traditionalReport) = CompressiveTrainer.Train([.. pairs.Select(p => p.Traditional)], Small, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, "traditional");
        var (simplified, simplifiedReport) = CompressiveTrainer.Train([.. pairs.Select(p => p.Simplified)], Small, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, "simplified");

        // The same words, the same labels (the reference is aligned in the shadow's script), the same classifier.
        Assert.Equal(simplifiedReport.Words, traditionalReport.Words);
        Assert.Equal(simplifiedReport.KeptShare, traditionalReport.KeptShare);
        Assert.Equal(simplifiedReport.HeldOutAuc, traditionalReport.HeldOutAuc);
        var fromTraditional = new CompressiveSummarizer(traditional, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var fromSimplified = new CompressiveSummarizer(simplified, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        foreach (var (t, s) in pairs)
        {
            Assert.Equal(AnalysisText.Of(t.Source).Restore(fromSimplified.Summarize(s.Source, 20)), fromTraditional.Summarize(t.Source, 20));
        }
    }
}
