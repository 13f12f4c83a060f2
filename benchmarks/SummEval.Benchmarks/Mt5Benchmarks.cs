using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;

namespace SummEval.Benchmarks;

/// <summary>
/// Time per generated token of the tiny conformance mT5 (../shared/conformance/mt5-tiny): the decoder pair and the
/// merged decoder (one token per step with the cache) against no cache (the whole prefix every step), greedy and
/// 4 beams. min_length = max_length makes every run exactly max_length - 1 decoding steps (19 as in the references,
/// 83 as in the XLSum card); the 128-token input is encoded once per run and included.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class Mt5Benchmarks
{
    private Mt5Generator _generator = null!;
    private GenerationSettings _short = null!;
    private GenerationSettings _long = null!;
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
        _short = GenerationSettings.From(new GenerationOptions { NumBeams = Beams, MaxLength = 20, MinLength = 20, NoRepeatNgramSize = 2 });
        _long = GenerationSettings.From(new GenerationOptions { NumBeams = Beams, MaxLength = 84, MinLength = 84, NoRepeatNgramSize = 2 });
    }

    [GlobalCleanup]
    public void Cleanup() => _generator.Dispose();

    /// <summary>One generation of 19 tokens; reported per token.</summary>
    [Benchmark(OperationsPerInvoke = 19)]
    public int PerToken_MaxLength20() => _generator.Generate(_input, _short).Ids.Length;

    /// <summary>One generation of 83 tokens; reported per token.</summary>
    [Benchmark(OperationsPerInvoke = 83)]
    public int PerToken_MaxLength84() => _generator.Generate(_input, _long).Ids.Length;

    /// <summary>In process: building a separate benchmark executable times out on a loaded 2-core machine.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5));
    }

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
