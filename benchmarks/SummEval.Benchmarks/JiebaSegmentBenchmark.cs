using BenchmarkDotNet.Attributes;
using SummEval.Jieba;

namespace SummEval.Benchmarks;

/// <summary>
/// jieba accurate-mode throughput over all CSL test contents; characters per second = total characters
/// (printed at setup) / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class JiebaSegmentBenchmark
{
    private string[] _contents = [];

    [GlobalSetup]
    public void Setup()
    {
        _contents = JiebaCorpus.CslTestContents();
        _ = JiebaSegmenter.Default.Cut("预热");
        Console.WriteLine($"// CSL test: {_contents.Length} documents, {_contents.Sum(c => c.Length)} UTF-16 chars");
    }

    [Benchmark(Description = "Cut HMM (all CSL test)")]
    public int CutHmm()
    {
        var tokens = 0;
        foreach (var text in _contents)
        {
            tokens += JiebaSegmenter.Default.Cut(text).Count;
        }

        return tokens;
    }

    [Benchmark(Description = "Cut no HMM (all CSL test)")]
    public int CutNoHmm()
    {
        var tokens = 0;
        foreach (var text in _contents)
        {
            tokens += JiebaSegmenter.Default.Cut(text, hmm: false).Count;
        }

        return tokens;
    }
}
