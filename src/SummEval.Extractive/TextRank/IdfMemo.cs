using System.Collections.Concurrent;

namespace SummEval.Extractive.TextRank;

/// <summary>
/// An IDF function that remembers the values it has looked up (up to <c>capacity</c> words), so a corpus pays the
/// table lookup once per distinct word rather than once per document. Thread-safe; <c>idf</c> must be pure.
/// </summary>
/// <param name="idf">The IDF of a word (e.g. Jieba's table, <c>IdfTable.Of</c>).</param>
/// <param name="capacity">Words remembered (threads adding at once may pass it by a few); later new words are looked up each time.</param>
public sealed class IdfMemo(Func<string, double> idf, int capacity = 1 << 16)
{
    // Jieba's table holds ~350,000 words: a lookup there misses the CPU caches (bucket, entry, key), while the
    // few thousand words a corpus keeps reusing fit in them. It was the largest cost of TextRank's analysis after
    // Jieba itself (docs/extractive.md, round 9).
    // Sized for a corpus' words up front (a run over 1000 CSL abstracts meets about 11,000): growing from the default
    // 31 buckets re-creates every node at each doubling, which cost a fresh summarizer's first pass more than its
    // lookups.
    private readonly ConcurrentDictionary<string, double> _known = new(Environment.ProcessorCount, Math.Clamp(capacity, 31, 1 << 14), StringComparer.Ordinal);
    private readonly Func<string, double> _idf = idf ?? throw new ArgumentNullException(nameof(idf));
    private int _count;

    /// <summary>Words remembered so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The IDF of <paramref name="word"/>: exactly what the wrapped function returns for it.</summary>
    public double Of(string word)
    {
        if (_known.TryGetValue(word, out var value))
        {
            return value;
        }

        value = _idf(word);
        if (Volatile.Read(ref _count) < capacity && _known.TryAdd(word, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
