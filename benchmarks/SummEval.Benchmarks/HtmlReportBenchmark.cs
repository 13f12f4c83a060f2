using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SummEval.Reports.Html;
using SummEval.Text;

namespace SummEval.Benchmarks;

/// <summary>
/// Rendering report.html for CSL test (1000 documents) with 8 summarizers: real sources and references, summaries
/// cut from the source at different offsets (their content does not matter to the writer). Prints the page size.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class HtmlReportBenchmark
{
    private HtmlReportModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = CslModel(8);
        Console.WriteLine($"// report.html for {_model.Documents.Count()} documents x {_model.Entries.Count} summarizers: "
            + $"{Encoding.UTF8.GetByteCount(HtmlReportWriter.Render(_model))} bytes");
    }

    [Benchmark(Description = "Render report.html (1000 docs x 8)")]
    public int Render() => HtmlReportWriter.Render(_model).Length;

    private static HtmlReportModel CslModel(int summarizers)
    {
        var path = Path.Combine(Environment.GetEnvironmentVariable("SUMMEVAL_SHARED") ?? SharedBesideCheckout(), "data", "csl", "test.jsonl");
        var rows = File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => (Id: r.GetProperty("id").GetString()!, Title: r.GetProperty("title").GetString()!, Content: r.GetProperty("content").GetString()!))
            .ToArray();
        var specs = Enumerable.Range(0, summarizers).Select(k => k == summarizers - 1 ? "oracle-lcs" : "cut:offset=" + (k * 10)).ToArray();
        var documents = rows.Select(r => new HtmlReportDocument(
            r.Id,
            r.Content,
            [r.Title],
            specs.Select((spec, k) => new HtmlDocumentSummary(spec, Cut(r.Content, k), 0.3123 + (k / 100.0), 0.1876, 0.2987 + (k / 100.0))).ToArray()))
            .ToArray();
        var entries = specs.Select((spec, k) =>
        {
            var lengths = rows.Select(r => TextLength.Chars(Cut(r.Content, k))).ToArray();
            var score = new HtmlRougeScore(0.31, 0.29, 0.3 + (k / 100.0), 0.29 + (k / 100.0), 0.31 + (k / 100.0));
            return new HtmlReportEntry(spec, k == summarizers - 1, score, score, score, 1, lengths.Average(), 20, 20, 0, 0.1, 0.2, lengths);
        }).ToArray();
        return new HtmlReportModel("csl:test", 20, rows.Length, entries, documents);
    }

    private static string Cut(string content, int k)
    {
        var skip = Math.Min(k * 10, Math.Max(0, TextLength.Chars(content) - 20));
        return TextLength.Truncate(content[TextLength.PrefixLength(content, skip)..], 20);
    }

    private static string SharedBesideCheckout()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SummEval.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("SummEval.sln not found; set SUMMEVAL_SHARED."), "..", "shared");
    }
}
