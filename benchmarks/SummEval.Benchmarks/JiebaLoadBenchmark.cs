using BenchmarkDotNet.Attributes;
using SummEval.Jieba;
using SummEval.Jieba.Dictionary;

namespace SummEval.Benchmarks;

/// <summary>Time to load jieba's dictionary and HMM tables from the located data (what <c>Default</c> pays once).</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class JiebaLoadBenchmark
{
    private JiebaData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = DictionaryLocator.Locate();

    [Benchmark(Description = "Load dictionary + HMM")]
    public int Load() => new JiebaSegmenter(_data).Dictionary.Count;
}
