using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SummEval.Metrics;

namespace SummEval.Benchmarks;

/// <summary>
/// ROUGE-1/2/L (character level) of the 1000 lead-20 predictions of ../shared/conformance/rouge against the CSL test
/// titles: the speed target (rouge-score needs ~0.13 s for the same pairs in-process).
/// </summary>
/// <remarks>
/// In-process: on the shared 2-core machine BenchmarkDotNet's generated project did not build within its
/// 2-minute timeout, and a CPU-bound microbenchmark loses nothing by running in the host process.
/// </remarks>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(15)]
public class RougeBenchmarks
{
    private (string Id, string Candidate, IReadOnlyList<string> References)[] _items = [];
    private (string Id, string Candidate, IReadOnlyList<string> References, string Source)[] _withSources = [];

    /// <summary>Pairs every CSL test title with its lead-20 prediction.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var shared = SharedFolder();
        var predictions = File.ReadLines(Path.Combine(shared, "conformance", "rouge", "lead20.predictions.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("summary").GetString()!);
        var documents = File.ReadLines(Path.Combine(shared, "data", "csl", "test.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToArray();
        _items = documents
            .Select(e => (e.GetProperty("id").GetString()!, predictions[e.GetProperty("id").GetString()!], (IReadOnlyList<string>)[e.GetProperty("title").GetString()!]))
            .ToArray();
        _withSources = documents
            .Select(e => (e.GetProperty("id").GetString()!, predictions[e.GetProperty("id").GetString()!], (IReadOnlyList<string>)[e.GetProperty("title").GetString()!], e.GetProperty("content").GetString()!))
            .ToArray();
        if (_items.Length != 1000)
        {
            throw new InvalidOperationException($"expected 1000 CSL test pairs, found {_items.Length}.");
        }
    }

    /// <summary>Scores all 1000 pairs (one operation = the whole set).</summary>
    [Benchmark(Baseline = true)]
    public double ScoreThousandPairs()
    {
        var sum = 0.0;
        foreach (var (_, candidate, references) in _items)
        {
            var s = RougeScorer.Score(candidate, references);
            sum += s.Rouge1.F1 + s.Rouge2.F1 + s.RougeL.F1;
        }

        return sum;
    }

    /// <summary>The whole <c>summeval score</c> computation: per-document scores, means, 1000 bootstrap resamples, lengths.</summary>
    [Benchmark]
    public double CorpusScoreWithBootstrap() => CorpusScorer.Score(_items, new CorpusScoreOptions { MaxChars = 20 }).Rouge1.F1;

    /// <summary>
    /// What <c>summeval score</c> computes now: the above plus extractiveness, novel n-grams and repetition against
    /// each source, with their bootstrap intervals (issue 17 allows at most 2x <see cref="CorpusScoreWithBootstrap"/>).
    /// </summary>
    [Benchmark]
    public double CorpusScoreWithSources() => CorpusScorer.ScoreWithSources(_withSources, new CorpusScoreOptions { MaxChars = 20 }).Novelty!.Density.Mean;

    /// <summary>Extractiveness, novel n-grams and repetition of the 1000 pairs alone, no bootstrap.</summary>
    [Benchmark]
    public double NoveltyThousandPairs()
    {
        var sum = 0.0;
        foreach (var (_, candidate, _, source) in _withSources)
        {
            var s = NoveltyScorer.Score(candidate, source);
            sum += s.Extractiveness.Density + s.Novel2;
        }

        return sum;
    }

    private static string SharedFolder()
    {
        var shared = Environment.GetEnvironmentVariable("SUMMEVAL_SHARED");
        if (!string.IsNullOrEmpty(shared))
        {
            return shared;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SummEval.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }

        throw new InvalidOperationException("SummEval.sln not found above the benchmark; set SUMMEVAL_SHARED.");
    }
}
