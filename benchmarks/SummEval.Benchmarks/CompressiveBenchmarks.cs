using BenchmarkDotNet.Attributes;
using SummEval.Compressive;
using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;

namespace SummEval.Benchmarks;

/// <summary>
/// The compressive summarizer per CSL test document at 20 characters, and its stages. The model comes from
/// SUMMEVAL_COMPRESSIVE_MODEL (a file from `summeval train compressive`), else the default model (the shipped one unless one was trained into the data folder).
/// </summary>
/// <remarks>No job attribute: run with <c>--job short</c> (and <c>--inProcess</c> on a busy machine, where building the
/// out-of-process boilerplate exceeds BenchmarkDotNet's two-minute build timeout).</remarks>
[MemoryDiagnoser]
public class CompressiveBenchmarks
{
    private string[] _documents = [];
    private AnalyzedDocument[] _analyzed = [];
    private CompressiveSummarizer _summarizer = null!;
    private CompressiveModel _model = null!;
    private double[][] _scores = [];
    private float[][][] _features = [];

    /// <summary>Loads the model and the first 100 CSL test documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("SUMMEVAL_COMPRESSIVE_MODEL");
        _model = string.IsNullOrEmpty(path) ? DefaultModel.Load() : CompressiveModel.Load(path);
        _summarizer = new CompressiveSummarizer(_model, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        _documents = JiebaCorpus.CslTestContents().Take(100).ToArray();
        _analyzed = _documents.Select(DocumentAnalyzer.Default.Analyze).ToArray();
        _scores = _analyzed.Select(d => _model.Score(d, TfidfKeywordExtractor.Default.Idf)).ToArray();
        _features = _analyzed.Select(d => WordFeatures.Extract(d, TfidfKeywordExtractor.Default.Idf, _model.Lexicon)).ToArray();
    }

    /// <summary>Whole summarization: analysis, features, classifier, decoding.</summary>
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

    /// <summary>Analysis only: jieba tagging, sentences, sentence TextRank, keyword TextRank.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public int AnalyzePerDocument()
    {
        var total = 0;
        foreach (var document in _documents)
        {
            total += DocumentAnalyzer.Default.Analyze(document).Words.Count;
        }

        return total;
    }

    /// <summary>Features and classifier scores of already analysed documents.</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public double ScorePerDocument()
    {
        var total = 0.0;
        foreach (var document in _analyzed)
        {
            total += _model.Score(document, TfidfKeywordExtractor.Default.Idf)[0];
        }

        return total;
    }

    /// <summary>The classifier alone on already extracted features (the tree ensemble walked directly).</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public double ClassifyPerDocument()
    {
        var total = 0.0;
        foreach (var features in _features)
        {
            total += _model.Score(features)[0];
        }

        return total;
    }

    /// <summary>Decoding only, as the model decodes (candidate selection over its settings grid when the model has one).</summary>
    [Benchmark(OperationsPerInvoke = 100)]
    public int DecodePerDocument()
    {
        var total = 0;
        var metadata = _model.Metadata;
        for (var i = 0; i < _analyzed.Length; i++)
        {
            total += (metadata.Selection is { } selection
                ? SummaryDecoder.Summarize(_analyzed[i], _scores[i], 20, selection)
                : SummaryDecoder.Summarize(_analyzed[i], _scores[i], 20, metadata.Threshold, metadata.SegmentPenalty, metadata.CutPenalty)).Length;
        }

        return total;
    }
}
