using SummEval.Compressive.Features;
using SummEval.Compressive.Training;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class CrossValidatorTests
{
    private static readonly TrainingOptions Small = new() { Trees = 20, Leaves = 8, Folds = 2 };

    private static List<TrainingSet> Sets()
    {
        var pairs = OtherFields.Read().Select(r => r.Pair).ToList();
        return [new TrainingSet("first", pairs.Take(6).ToList()), new TrainingSet("second", pairs.Skip(6).ToList())];
    }

    [Fact]
    public void EveryDocumentIsHeldOutOnceAndEachDatasetIsScoredOnItsOwn()
    {
        var sets = Sets();
        var result = CrossValidator.Run(sets, 3, Small, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, [0, 0.5]);
        Assert.Equal(sets.Sum(s => s.Pairs.Count), result.HeldOut.Count);
        Assert.Equal(sets.SelectMany(s => s.Pairs.Select(p => p.Reference)).Order(StringComparer.Ordinal), result.HeldOut.Select(d => d.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(["first", "second"], result.HeldOut.Select(d => d.Dataset).Distinct());
        Assert.All(result.HeldOut, d => Assert.Equal(d.Document.Words.Count, d.Probabilities.Length));
        Assert.All(result.HeldOut, d => Assert.Equal(d.Document.Words.Count, d.Labels!.Length));
        Assert.All(result.HeldOut, d => Assert.Contains(true, d.Labels!));
        Assert.All(["first", "second"], name => Assert.InRange(result.WordAucOf(name), 0.5, 1));
        Assert.True(double.IsNaN(result.WordAucOf("absent")));
        Assert.Equal(2 * CompressiveTrainer.ThresholdGrid.Count * CompressiveTrainer.PenaltyGrid.Count, result.Grid.Count);
        Assert.All(result.Grid, g => Assert.Equal(["first", "second"], g.PerDataset.Select(d => d.Dataset)));

        // The best setting under a length floor reaches it on every dataset (when any does), and is deterministic.
        var floor = result.Grid.Max(g => g.PerDataset.Min(d => d.MeanChars)) - 0.01;
        var best = result.Best(floor);
        Assert.All(best.PerDataset, d => Assert.True(d.MeanChars >= floor));
        Assert.True(result.Best().MacroRougeL >= best.MacroRougeL);
        var again = CrossValidator.Run(sets, 3, Small, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, [0, 0.5]);
        Assert.Equal(result.Grid.Select(g => g.MacroRougeL), again.Grid.Select(g => g.MacroRougeL));
    }

    [Fact]
    public void FixedDecoderSettingsTrainOnceOnEveryDocument()
    {
        var pairs = OtherFields.Read().Select(r => r.Pair).ToList();
        var (model, report) = CompressiveTrainer.Train(pairs, Small with { Threshold = 0.07, SegmentPenalty = 0.75 }, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, "x");
        Assert.Equal(0.07, model.Metadata.Threshold);
        Assert.Equal(0.75, model.Metadata.SegmentPenalty);
        Assert.True(double.IsNaN(report.HeldOutRougeL));
        Assert.Equal(pairs.Count, model.Metadata.TrainingDocuments);
    }

    [Fact]
    public void WordAucIsTheShareOfKeptDroppedPairsRankedRightWithTiesHalf()
    {
        Assert.Equal(1.0, WordAuc.Of([(0.9, true), (0.8, true), (0.1, false)]));
        Assert.Equal(0.0, WordAuc.Of([(0.1, true), (0.8, false), (0.9, false)]));
        Assert.Equal(0.5, WordAuc.Of([(0.5, true), (0.5, false)]));

        // Kept 0.6 beats dropped 0.2 and 0.4, loses to dropped 0.7, ties nothing: 2 of 3 pairs; kept 0.4 ties 0.4 (half), beats 0.2: 1.5.
        Assert.Equal(3.5 / 6, WordAuc.Of([(0.6, true), (0.4, true), (0.2, false), (0.4, false), (0.7, false)]), 12);
        Assert.True(double.IsNaN(WordAuc.Of([(0.5, true)])));
    }
}
