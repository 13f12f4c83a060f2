using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SummEval.Extractive.TextRank;
using SummEval.Summarizers;

namespace SummEval.Benchmarks;

/// <summary>TextRank with budgeted selection (20 chars) per CSL test document: the shipped default (Jieba words, IDF)
/// and variants, created from their specs exactly as <c>summeval run</c> creates them.</summary>
[MemoryDiagnoser]
public class TextRankBenchmarks
{
    private string[] _documents = [];
    private TextRankSummarizer _summarizer = null!;

    /// <summary>Summarizer spec under test.</summary>
    [Params("textrank", "textrank:similarity=bm25", "textrank:centrality=directed", "textrank:tokenizer=bigram")]
    public string Spec { get; set; } = "textrank";

    /// <summary>Loads the first 100 CSL test documents from ../shared.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("SUMMEVAL_CSL_TEST") ?? FindCsl();
        _documents = File.ReadLines(path).Take(100)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("content").GetString()!)
            .ToArray();
        var factory = new TextRankFactory();
        _summarizer = (TextRankSummarizer)factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse(Spec), factory.Parameters));

        // Load Jieba and the IDF table before measuring.
        _summarizer.Summarize(_documents[0], 20);
    }

    /// <summary>Summarizes one document (the benchmark cycles through 100).</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public int SummarizePerDocument()
    {
        var total = 0;
        foreach (var document in _documents)
        {
            total += _summarizer.Summarize(document, 20).Length;
        }

        return total;
    }

    /// <summary>CSL test.jsonl beside the checkout, or $SUMMEVAL_CSL_TEST.</summary>
    internal static string FindCsl()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", "csl", "test.jsonl"), Path.Combine(dir.FullName, "..", "shared", "data", "csl", "test.jsonl") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("CSL test.jsonl not found beside the checkout; set SUMMEVAL_CSL_TEST.");
    }
}
