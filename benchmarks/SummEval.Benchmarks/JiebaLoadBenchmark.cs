using BenchmarkDotNet.Attributes;
using SummEval.Jieba;
using SummEval.Jieba.Dictionary;
using SummEval.Jieba.PosTagging;

namespace SummEval.Benchmarks;

/// <summary>
/// Time to load jieba's dictionary and HMM tables (what <c>Default</c> pays once) and posseg's tables, from the
/// bundled jieba.NET layout (JSON) and from Debian python3-jieba's layout (<c>.py</c> literals).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class JiebaLoadBenchmark
{
    private JiebaData _data = null!;
    private JiebaSegmenter _segmenter = null!;

    /// <summary><c>bundled</c>: jieba-data/ (JSON); <c>python</c>: /usr/lib/python3/dist-packages/jieba (.py).</summary>
    [Params("bundled", "python")]
    public string Layout { get; set; } = "bundled";

    [GlobalSetup]
    public void Setup()
    {
        _data = DictionaryLocator.Locate(Layout == "bundled" ? DictionaryLocator.BundledFolder : "/usr/lib/python3/dist-packages/jieba");
        _segmenter = new JiebaSegmenter(_data);
    }

    [Benchmark(Description = "Load dictionary + HMM")]
    public int Load() => new JiebaSegmenter(_data).Dictionary.Count;

    [Benchmark(Description = "Load posseg tables")]
    public PosTagger LoadPosseg() => new(_segmenter);
}
