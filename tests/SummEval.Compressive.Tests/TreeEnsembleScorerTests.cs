using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;
using SummEval.Jieba.Keywords;
using SummEval.Testing;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// The direct tree walk gives ML.NET's prediction-engine probabilities bit for bit, for the shipped model and for
/// FastTree and LightGBM models trained here, so summaries (and the shipped model's gate) cannot move.
/// </summary>
public sealed class TreeEnsembleScorerTests
{
    private static readonly TrainingOptions Small = new() { Trees = 20, Leaves = 8, Folds = 3, HoldOutFraction = 0.25 };

    private static void AssertSameAsEngine(CompressiveModel model, IEnumerable<string> sources)
    {
        Assert.True(model.ScoresTreesDirectly);
        var words = 0;
        foreach (var source in sources)
        {
            var features = WordFeatures.Extract(DocumentAnalyzer.Default.Analyze(source), TfidfKeywordExtractor.Default.Idf, model.Lexicon);
            var direct = model.Score(features);
            var engine = model.ScoreWithEngine(features);
            Assert.Equal(engine.Length, direct.Length);
            for (var i = 0; i < direct.Length; i++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(engine[i]) == BitConverter.DoubleToInt64Bits(direct[i]), $"word {i} of \"{source[..Math.Min(20, source.Length)]}\": engine {engine[i]:R}, direct {direct[i]:R}");
            }

            words += direct.Length;
        }

        Assert.True(words > 0);
    }

    [Fact]
    public void TheShippedModelScoresAsTheEngineDoes() =>
        AssertSameAsEngine(DefaultModel.LoadShipped(), OtherFields.Read().Select(r => r.Pair.Source).Concat(TraditionalAbstracts.All.Select(a => a.Simplified)));

    [Theory]
    [InlineData(TrainerKind.FastTree)]
    [InlineData(TrainerKind.LightGbm)]
    public void ModelsTrainedHereScoreAsTheEngineDoes(TrainerKind trainer)
    {
        var (model, _) = CompressiveTrainer.Train([.. OtherFields.Read().Select(r => r.Pair)], Small with { Trainer = trainer }, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, "other-fields");
        AssertSameAsEngine(model, OtherFields.Read().Select(r => r.Pair.Source));
        // Saved and loaded, the classifier is ML.NET's loaded type: still walked directly, still the same.
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        AssertSameAsEngine(CompressiveModel.Load(stream, "memory"), OtherFields.Read().Select(r => r.Pair.Source));
    }

    [SharedFact]
    public void TheShippedModelScoresEveryWordOfCslTestAndMultiDomainDevAsTheEngineDoes() =>
        AssertSameAsEngine(DefaultModel.LoadShipped(), CslPairs.Read("test").Concat(CslPairs.ReadFile(SharedData.PathOf("data", "csl-md", "dev.jsonl"))).Select(p => p.Source));
}
