using BenchmarkDotNet.Attributes;
using SummEval.Datasets;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Runs;
using SummEval.Summarizers;

namespace SummEval.Benchmarks;

/// <summary>
/// The run machinery around the summarizers, at the size of the CSL gate (5 summarizers x 1000 documents): storing the
/// outcomes in run.db, and building the ranked leaderboard (bootstrap included) from per-document scores.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class RunBenchmarks
{
    private const int Summarizers = 5;
    private const int Documents = 1000;

    private readonly List<ContestantResults> _results = [];
    private readonly List<DocumentOutcome> _outcomes = [];
    private string _folder = string.Empty;

    /// <summary>Synthetic but realistic rows: 20-character summaries of the sample's abstracts, scored against their titles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var sample = DatasetLoader.LoadSample().Documents;
        for (var s = 0; s < Summarizers; s++)
        {
            var perDoc = new List<DocumentScore>(Documents);
            for (var d = 0; d < Documents; d++)
            {
                var document = sample[d % sample.Count];
                var summary = SummEval.Text.TextLength.Truncate(document.Source[(s * 3)..], 20);
                perDoc.Add(new DocumentScore($"doc-{d:0000}", RougeScorer.Score(summary, document.References), 20));
                _outcomes.Add(new DocumentOutcome($"summarizer-{s}", d, $"doc-{d:0000}", summary, 0.25 + (d % 7), null) { Usage = new TokenUsage(300, 20) });
            }

            _results.Add(new ContestantResults($"summarizer-{s}", s == 4, perDoc, perDoc.Select((_, i) => 0.25 + (i % 7)).ToList(), 0));
        }

        _folder = Directory.CreateTempSubdirectory("summeval-bench-").FullName;
    }

    /// <summary>Removes the store folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Writes the 5000 outcomes in batches of 500 (the executor's batch size) into a fresh run.db.</summary>
    [Benchmark]
    public int StoreFiveThousandOutcomes()
    {
        var folder = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        using var store = RunStore.Open(folder);
        foreach (var batch in _outcomes.Chunk(500))
        {
            store.Write(batch);
        }

        return store.CompletedIds("summarizer-0").Count;
    }

    /// <summary>Ranks 5 summarizers over 1000 documents with 1000 bootstrap resamples each, and serializes the JSON.</summary>
    [Benchmark]
    public int BuildLeaderboard()
    {
        var board = LeaderboardBuilder.Build("bench", _results, new CorpusScoreOptions { MaxChars = 20, Seed = 42 });
        return LeaderboardJson.Serialize(board).Length;
    }
}
