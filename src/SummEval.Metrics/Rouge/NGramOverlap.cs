namespace SummEval.Metrics;

/// <summary>
/// Clipped n-gram overlap of two sorted multisets: Σ over distinct n-grams of min(count in A, count in B),
/// i.e. ROUGE-1.5.5's hit count. Sorted arrays replace hash maps: short texts sort faster than they hash.
/// </summary>
internal static class NGramOverlap
{
    /// <summary>Clipped hits of two ascending sequences.</summary>
    public static int Hits<T>(ReadOnlySpan<T> sortedA, ReadOnlySpan<T> sortedB)
        where T : IComparable<T>
    {
        int i = 0, j = 0, hits = 0;
        while (i < sortedA.Length && j < sortedB.Length)
        {
            var c = sortedA[i].CompareTo(sortedB[j]);
            if (c == 0)
            {
                hits++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return hits;
    }

    /// <summary>Copies <paramref name="tokens"/> into <paramref name="into"/> sorted; returns the filled part.</summary>
    public static Span<int> SortedUnigrams(ReadOnlySpan<int> tokens, ref int[] into)
    {
        EnsureCapacity(ref into, tokens.Length);
        var span = into.AsSpan(0, tokens.Length);
        tokens.CopyTo(span);
        span.Sort();
        return span;
    }

    /// <summary>
    /// The bigrams of <paramref name="tokens"/> (consecutive pairs, across line breaks) packed as
    /// <c>first &lt;&lt; 32 | second</c> and sorted; ids are non-negative ints, so packing is lossless.
    /// </summary>
    public static Span<long> SortedBigrams(ReadOnlySpan<int> tokens, ref long[] into)
    {
        var count = Math.Max(0, tokens.Length - 1);
        EnsureCapacity(ref into, count);
        var span = into.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            span[i] = ((long)tokens[i] << 32) | (uint)tokens[i + 1];
        }

        span.Sort();
        return span;
    }

    internal static void EnsureCapacity<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }
    }
}
