using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SummEval.Extractive.TextRank;
using SummEval.Summarizers;

namespace SummEval.Benchmarks;

/// <summary>
/// The default TextRank over all 1000 CSL test documents, once each, by a summarizer created for the pass: no document
/// is seen twice and the IDF memo starts empty, so nothing a repeated 100-document cycle (<see cref="TextRankBenchmarks"/>)
/// keeps warm is counted as free.
/// </summary>
[MemoryDiagnoser]
public class TextRankCorpusBenchmark
{
    private const int Documents = 1000;
    private string[] _documents = [];
    private TextRankFactory _factory = null!;
    private SummarizerArguments _arguments = null!;

    /// <summary>Loads CSL test from ../shared and Jieba's tables (once per process, as in <c>summeval run</c>).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = File.ReadLines(TextRankBenchmarks.FindCsl())
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("content").GetString()!)
            .Take(Documents)
            .ToArray();
        if (_documents.Length != Documents)
        {
            throw new InvalidDataException($"CSL test should hold {Documents} documents; found {_documents.Length}.");
        }

        _factory = new TextRankFactory();
        _arguments = SummarizerArguments.Bind(SummarizerSpec.Parse("textrank"), _factory.Parameters);
        ((TextRankSummarizer)_factory.Create(_arguments)).Summarize(_documents[0], 20);
    }

    /// <summary>Summarizes every document once at 20 characters with a fresh summarizer; reported per document.</summary>
    [Benchmark(OperationsPerInvoke = Documents)]
    public int OnePassPerDocument()
    {
        var summarizer = (TextRankSummarizer)_factory.Create(_arguments);
        var total = 0;
        foreach (var document in _documents)
        {
            total += summarizer.Summarize(document, 20).Length;
        }

        return total;
    }
}
