using SummEval.Jieba.PosTagging;

namespace SummEval.Jieba.Keywords;

/// <summary>
/// jieba.analyse.extract_tags: term frequency (accurate-mode words, or tagged words when a part-of-speech
/// filter is given) times IDF divided by the number of counted words; ties keep first-seen order.
/// </summary>
public sealed class TfidfKeywordExtractor
{
    private static readonly Lazy<TfidfKeywordExtractor> LazyDefault = new(() => new TfidfKeywordExtractor(JiebaSegmenter.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaSegmenter _segmenter;
    private readonly Lazy<PosTagger> _tagger;

    /// <summary>Uses the segmenter's data folder for the IDF table unless one is given.</summary>
    public TfidfKeywordExtractor(JiebaSegmenter segmenter, string? idfPath = null, IReadOnlySet<string>? stopWords = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
        var path = idfPath ?? segmenter.Data.IdfPath
            ?? throw new FileNotFoundException($"TF-IDF keywords need jieba's analyse/idf.txt, which {segmenter.Data.Source} lacks.\n" + Dictionary.DictionaryLocator.InstallHint);
        Idf = IdfTable.Load(path);
        StopWords = stopWords ?? Keywords.StopWords.Default;
        _tagger = new Lazy<PosTagger>(() => ReferenceEquals(segmenter, JiebaSegmenter.Default) ? PosTagger.Default : new PosTagger(segmenter));
    }

    /// <summary>The extractor over <see cref="JiebaSegmenter.Default"/>.</summary>
    public static TfidfKeywordExtractor Default => LazyDefault.Value;

    /// <summary>The IDF table in use.</summary>
    public IdfTable Idf { get; }

    /// <summary>The stop words in use.</summary>
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>
    /// The <paramref name="topK"/> best words with weights (all when null or 0); with
    /// <paramref name="allowPos"/>, only words whose posseg flag is in it.
    /// </summary>
    public List<(string Word, double Weight)> Extract(string text, int? topK = 20, IEnumerable<string>? allowPos = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var allowed = allowPos?.ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> words = allowed is { Count: > 0 }
            ? _tagger.Value.Cut(text).Where(p => allowed.Contains(p.Flag)).Select(p => p.Word)
            : _segmenter.Cut(text);

        // Insertion order matters: the sort below is stable, as Python's is.
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var w in words)
        {
            if (!Keywords.StopWords.IsCandidate(w, StopWords))
            {
                continue;
            }

            if (counts.TryGetValue(w, out var c))
            {
                counts[w] = c + 1.0;
            }
            else
            {
                counts[w] = 1.0;
                order.Add(w);
            }
        }

        var total = 0.0;
        foreach (var w in order)
        {
            total += counts[w];
        }

        var weighted = order.Select(w => (Word: w, Weight: counts[w] * (Idf.Of(w) / total)));
        var sorted = weighted.OrderByDescending(p => p.Weight);
        return (topK is > 0 ? sorted.Take(topK.Value) : sorted).ToList();
    }
}
