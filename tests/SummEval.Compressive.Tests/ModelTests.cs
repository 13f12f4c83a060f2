using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;
using SummEval.Jieba.Keywords;
using SummEval.Summarizers;
using SummEval.Text;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class ModelTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "summeval-compressive-" + Guid.NewGuid().ToString("N"));

    private static readonly TrainingOptions Small = new() { Trees = 20, Leaves = 8, Folds = 3, HoldOutFraction = 0.25 };

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (CompressiveModel Model, TrainingReport Report) TrainSmall(TrainingOptions options) =>
        CompressiveTrainer.Train(OtherFields.Read().Select(r => r.Pair).ToList(), options, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, "other-fields");

    private static string[] Summaries(CompressiveModel model, int budget) =>
        [.. OtherFields.Read().Select(r => new CompressiveSummarizer(model, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf).Summarize(r.Pair.Source, budget))];

    [Fact]
    public void SaveAndLoadGiveTheSameModel()
    {
        var (model, _) = TrainSmall(Small);
        var path = Path.Combine(_folder, "sub", "model.zip");
        model.Save(path);
        var loaded = CompressiveModel.Load(path);

        Assert.Equal(model.Metadata, loaded.Metadata);
        Assert.Equal(model.Lexicon.Count, loaded.Lexicon.Count);
        Assert.Equal(Summaries(model, 20), Summaries(loaded, 20));
        var document = DocumentAnalyzer.Default.Analyze(OtherFields.Read()[0].Pair.Source);
        Assert.Equal(model.Score(document, TfidfKeywordExtractor.Default.Idf), loaded.Score(document, TfidfKeywordExtractor.Default.Idf));

        // Saving the loaded model again gives the same bytes.
        var again = Path.Combine(_folder, "again.zip");
        loaded.Save(again);
        var third = Path.Combine(_folder, "third.zip");
        CompressiveModel.Load(again).Save(third);
        Assert.Equal(File.ReadAllBytes(again), File.ReadAllBytes(third));
    }

    [Theory]
    [InlineData(TrainerKind.FastTree)]
    [InlineData(TrainerKind.LightGbm)]
    public void SameSeedSameModelAndSummaries(TrainerKind trainer)
    {
        var options = Small with { Trainer = trainer, Seed = 7 };
        var (first, firstReport) = TrainSmall(options);
        var (second, secondReport) = TrainSmall(options);
        Assert.Equal(firstReport with { Elapsed = TimeSpan.Zero }, secondReport with { Elapsed = TimeSpan.Zero });
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        first.Save(a);
        second.Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
        var summaries = Summaries(first, 20);
        Assert.Equal(summaries, Summaries(second, 20));
        Assert.All(summaries, s => Assert.True(TextLength.Chars(s) <= 20));
    }

    [Fact]
    public void SummariesAreWordSubsequencesWithinEveryBudget()
    {
        var (model, _) = TrainSmall(Small);
        var summarizer = new CompressiveSummarizer(model, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        foreach (var (_, _, pair) in OtherFields.Read().Take(4))
        {
            foreach (var budget in new[] { 0, 1, 5, 12, 20, 40 })
            {
                var summary = summarizer.Summarize(pair.Source, budget);
                Assert.True(TextLength.Chars(summary) <= budget, $"{budget}: {summary}");
                Assert.True(IsSubsequence(summary, pair.Source), summary);
            }
        }
    }

    [Fact]
    public void BadModelFilesAreReportedByName()
    {
        Directory.CreateDirectory(_folder);
        var notZip = Path.Combine(_folder, "bad.zip");
        File.WriteAllText(notZip, "not a model");
        var e = Assert.Throws<InvalidDataException>(() => CompressiveModel.Load(notZip));
        Assert.Contains(notZip, e.Message, StringComparison.Ordinal);

        var missing = Path.Combine(_folder, "missing.zip");
        var spec = Assert.Throws<SummarizerSpecException>(() =>
            new CompressiveFactory().Create(SummarizerArguments.Bind(SummarizerSpec.Parse($"compressive:model={missing}"), new CompressiveFactory().Parameters)));
        Assert.Contains(missing, spec.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CutCostIsStoredInTheModelAndCanBeOverridden()
    {
        var (model, _) = TrainSmall(Small with { CutPenalty = 0.75 });
        Assert.Equal(0.75, model.Metadata.CutPenalty);
        var path = Path.Combine(_folder, "cut.zip");
        model.Save(path);
        var factory = new CompressiveFactory();
        CompressiveSummarizer Create(string spec) =>
            (CompressiveSummarizer)factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse(spec), factory.Parameters));

        Assert.Equal(0.75, Create($"compressive:model={path}").Model.Metadata.CutPenalty);

        // The candidate selection round-trips through the file; explicit decoder settings replace it by one decode.
        Assert.NotNull(model.Metadata.Selection);
        Assert.Equal(model.Metadata, Create($"compressive:model={path}").Model.Metadata);
        var overridden = Create($"compressive:model={path},cut=2").Model.Metadata;
        Assert.Equal(model.Metadata with { CutPenalty = 2, Selection = null }, overridden);
        var e = Assert.Throws<SummarizerSpecException>(() => Create($"compressive:model={path},cut=-1"));
        Assert.Contains("cut", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutATrainedModelTheShippedOneIsUsedAndAUserModelWins()
    {
        var shipped = DefaultModel.Load(_folder);
        Assert.Same(DefaultModel.LoadShipped(), shipped);
        Assert.Equal(WordFeatures.SchemaVersion, shipped.Metadata.FeatureSchemaVersion);

        var (mine, _) = TrainSmall(Small);
        mine.Save(DefaultModel.CachePath(_folder));
        Assert.Equal(mine.Metadata, DefaultModel.Load(_folder).Metadata);
    }

    [Fact]
    public void LexiconRoundTripsAndSubtracts()
    {
        var lexicon = KeepRateLexicon.Build([("基于", true), ("基于", false), ("本文", false), ("a\tb", true)]);
        using var writer = new StringWriter();
        lexicon.Write(writer);
        var read = KeepRateLexicon.Read(new StringReader(writer.ToString()), "test");
        Assert.Equal(lexicon.Rate("基于"), read.Rate("基于"));
        Assert.Equal(1, read.Seen("a\tb"));
        var minus = lexicon.Minus(KeepRateLexicon.Build([("基于", true)]));
        Assert.Equal(1, minus.Seen("基于"));
        Assert.Equal(3, minus.TotalSeen);

        // Pruning drops rare words (they get the prior) but keeps the prior itself, through a round trip too.
        var pruned = lexicon.Pruned(2);
        Assert.Equal(0, pruned.Seen("本文"));
        Assert.Equal(lexicon.Prior, pruned.Prior);
        Assert.Equal(lexicon.Prior, pruned.Rate("本文"));
        Assert.Equal(lexicon.Rate("基于"), pruned.Rate("基于"));
        using var prunedWriter = new StringWriter();
        pruned.Write(prunedWriter);
        var prunedRead = KeepRateLexicon.Read(new StringReader(prunedWriter.ToString()), "pruned");
        Assert.Equal(pruned.Prior, prunedRead.Prior);
        Assert.Equal(pruned.Rate("基于"), prunedRead.Rate("基于"));
        Assert.Equal(1, prunedRead.Count);
        var bad = Assert.Throws<InvalidDataException>(() => KeepRateLexicon.Read(new StringReader("x\t2\t1\n"), "lex.tsv"));
        Assert.Contains("lex.tsv:1", bad.Message, StringComparison.Ordinal);
    }

    private static bool IsSubsequence(string summary, string source)
    {
        var j = 0;
        foreach (var c in source)
        {
            if (j < summary.Length && summary[j] == c)
            {
                j++;
            }
        }

        return j == summary.Length;
    }
}
