using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SummEval.Extractive.Sentences;

namespace SummEval.Benchmarks;

/// <summary>
/// The sentence splitter alone over the 1000 CSL test abstracts, reported per document: every summarizer runs it once per
/// document, so what its per-character checks (section labels and fields set off by whitespace) cost shows here rather
/// than in the noise of a whole summarizer.
/// </summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmark
{
    private const int Documents = 1000;
    private string[] _documents = [];

    /// <summary>Loads CSL test from ../shared.</summary>
    [GlobalSetup]
    public void Setup() =>
        _documents = File.ReadLines(TextRankBenchmarks.FindCsl())
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("content").GetString()!)
            .Take(Documents)
            .ToArray();

    /// <summary>Splits every document once.</summary>
    [Benchmark(OperationsPerInvoke = Documents)]
    public int Split()
    {
        var total = 0;
        foreach (var document in _documents)
        {
            total += SentenceSplitter.Split(document).Count;
        }

        return total;
    }
}
