using System.Text;
using SummEval.Jieba.PosTagging;

namespace SummEval.Jieba.Keywords;

/// <summary>
/// jieba.analyse.textrank: tagged words passing the part-of-speech filter (default ns, n, vn, v) are linked
/// when they co-occur within a window of 5 words; ten in-place PageRank sweeps (d = 0.85) over the words in
/// code-point order; weights scaled by jieba's min/max normalisation.
/// </summary>
public sealed class TextRankKeywordExtractor
{
    /// <summary>jieba's default part-of-speech filter.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowPos = ["ns", "n", "vn", "v"];

    private const double D = 0.85;
    private const int Span = 5;

    private static readonly Lazy<TextRankKeywordExtractor> LazyDefault = new(() => new TextRankKeywordExtractor(PosTagger.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PosTagger _tagger;

    /// <summary>Ranks words tagged by <paramref name="tagger"/>.</summary>
    public TextRankKeywordExtractor(PosTagger tagger, IReadOnlySet<string>? stopWords = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = tagger;
        StopWords = stopWords ?? Keywords.StopWords.Default;
    }

    /// <summary>The extractor over <see cref="PosTagger.Default"/>.</summary>
    public static TextRankKeywordExtractor Default => LazyDefault.Value;

    /// <summary>The stop words in use.</summary>
    public IReadOnlySet<string> StopWords { get; }

    /// <summary>The <paramref name="topK"/> best words with weights (all when null or 0).</summary>
    public List<(string Word, double Weight)> Extract(string text, int? topK = 20, IEnumerable<string>? allowPos = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(_tagger.Cut(text), topK, allowPos);
    }

    /// <summary>The same ranking over words already tagged by posseg (callers that tag anyway save a second pass).</summary>
    public List<(string Word, double Weight)> Extract(IReadOnlyList<(string Word, string Flag)> words, int? topK = 20, IEnumerable<string>? allowPos = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var filter = (allowPos ?? DefaultAllowPos).ToHashSet(StringComparer.Ordinal);
        var pass = words.Select(p => filter.Contains(p.Flag) && Keywords.StopWords.IsCandidate(p.Word, StopWords)).ToArray();

        // cm: co-occurrence counts keyed by ordered pair, in first-seen order.
        var pairIndex = new Dictionary<(string, string), int>();
        var pairs = new List<(string A, string B, int Count)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!pass[i])
            {
                continue;
            }

            for (var j = i + 1; j < i + Span && j < words.Count; j++)
            {
                if (!pass[j])
                {
                    continue;
                }

                var key = (words[i].Word, words[j].Word);
                if (pairIndex.TryGetValue(key, out var at))
                {
                    pairs[at] = pairs[at] with { Count = pairs[at].Count + 1 };
                }
                else
                {
                    pairIndex[key] = pairs.Count;
                    pairs.Add((key.Item1, key.Item2, 1));
                }
            }
        }

        return Rank(pairs, topK);
    }

    private static List<(string Word, double Weight)> Rank(List<(string A, string B, int Count)> pairs, int? topK)
    {
        // The undirected graph: each node's edge list in insertion order, nodes in first-seen order.
        var nodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var edges = new List<List<(int To, double W)>>();
        int Node(string name)
        {
            if (!nodes.TryGetValue(name, out var id))
            {
                id = names.Count;
                nodes[name] = id;
                names.Add(name);
                edges.Add([]);
            }

            return id;
        }

        foreach (var (a, b, count) in pairs)
        {
            var ia = Node(a);
            var ib = Node(b);
            edges[ia].Add((ib, count));
            edges[ib].Add((ia, count));
        }

        var n = names.Count;
        var ws = new double[n];
        var outSum = new double[n];
        var wsdef = 1.0 / (n == 0 ? 1.0 : n);
        for (var i = 0; i < n; i++)
        {
            ws[i] = wsdef;
            var sum = 0.0;
            foreach (var e in edges[i])
            {
                sum += e.W;
            }

            outSum[i] = sum;
        }

        var sortedKeys = Enumerable.Range(0, n).OrderBy(i => names[i], CodePointComparer.Instance).ToArray();
        for (var iteration = 0; iteration < 10; iteration++)
        {
            foreach (var i in sortedKeys)
            {
                var s = 0.0;
                foreach (var (to, w) in edges[i])
                {
                    s += w / outSum[to] * ws[to];
                }

                ws[i] = (1 - D) + (D * s);
            }
        }

        var minRank = double.MaxValue;
        var maxRank = 2.2250738585072014e-308; // sys.float_info.min, as jieba starts it
        foreach (var w in ws)
        {
            if (w < minRank)
            {
                minRank = w;
            }

            if (w > maxRank)
            {
                maxRank = w;
            }
        }

        var ranked = Enumerable.Range(0, n)
            .Select(i => (Word: names[i], Weight: (ws[i] - (minRank / 10.0)) / (maxRank - (minRank / 10.0))))
            .OrderByDescending(p => p.Weight);
        return (topK is > 0 ? ranked.Take(topK.Value) : ranked).ToList();
    }

    /// <summary>Python's string order: by code point, not UTF-16 unit.</summary>
    private sealed class CodePointComparer : IComparer<string>
    {
        public static readonly CodePointComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = x!.EnumerateRunes();
            var b = y!.EnumerateRunes();
            while (true)
            {
                var hasA = a.MoveNext();
                var hasB = b.MoveNext();
                if (!hasA || !hasB)
                {
                    return hasA.CompareTo(hasB);
                }

                var c = a.Current.Value.CompareTo(b.Current.Value);
                if (c != 0)
                {
                    return c;
                }
            }
        }
    }
}
