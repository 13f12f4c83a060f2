using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;

namespace SummEval.Benchmarks;

/// <summary>
/// Time per generated token of the tiny conformance mT5 (../shared/conformance/mt5-tiny): the decoder pair and the
/// merged decoder (one token per step with the cache) against no cache (the whole prefix every step), greedy and
/// 4 beams. min_length = max_length = 20 makes every run exactly 19 decoding steps; the 128-token input is encoded
/// once per run and included.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class Mt5Benchmarks
{
    private const int MaxLength = 20;
    private Mt5Generator _generator = null!;
    private GenerationSettings _settings = null!;
    private long[] _input = [];

    [Params(DecoderLayout.Pair, DecoderLayout.Merged, DecoderLayout.NoCache)]
    public DecoderLayout Layout { get; set; }

    [Params(1, 4)]
    public int Beams { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("SUMMEVAL_MT5_TINY") ?? Find();
        _generator = Mt5Generator.Open(folder, new Mt5GeneratorOptions { Layout = Layout, IntraOpThreads = 1, MaxInputTokens = 128 });
        using var doc = JsonDocument.Parse(File.ReadLines(Path.Combine(folder, "references.jsonl")).First());
        _input = doc.RootElement.GetProperty("input_ids").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        _settings = GenerationSettings.From(new GenerationOptions { NumBeams = Beams, MaxLength = MaxLength, MinLength = MaxLength, NoRepeatNgramSize = 2 });
    }

    [GlobalCleanup]
    public void Cleanup() => _generator.Dispose();

    /// <summary>One generation of 19 tokens; reported per token.</summary>
    [Benchmark(OperationsPerInvoke = MaxLength - 1)]
    public int PerGeneratedToken() => _generator.Generate(_input, _settings).Ids.Length;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance", "mt5-tiny");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("../shared/conformance/mt5-tiny not found; set SUMMEVAL_MT5_TINY.");
    }
}
