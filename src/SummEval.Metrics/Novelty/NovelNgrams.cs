namespace SummEval.Metrics;

/// <summary>
/// Novel and repeated n-grams of a summary over token ids, counted over distinct n-grams as Yale SummEval's
/// <c>DataStatsMetric</c> does. Pure functions; n is 1 to 3 and tokens must be below 2^21 (code points and per-call
/// word ids are), because an n-gram is packed into one <see cref="long"/>.
/// </summary>
public static class NovelNgrams
{
    /// <summary>The largest n supported.</summary>
    public const int MaxN = 3;

    private const int Bits = 21;

    /// <summary>
    /// Share of the summary's distinct n-grams that occur nowhere in the source (n-grams run across line breaks, as
    /// ROUGE-N's do); 0 when the summary has no n-gram of that size.
    /// </summary>
    public static double Share(ReadOnlySpan<int> summary, ReadOnlySpan<int> source, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, MaxN);
        var count = summary.Length - n + 1;
        if (count <= 0)
        {
            return 0;
        }

        var keys = count <= 256 ? stackalloc long[count] : new long[count];
        var sorted = Packed(summary, n, keys);
        int distinct = 0, novel = 0;
        Span<int> gram = stackalloc int[MaxN];
        for (var k = 0; k < sorted.Length; k++)
        {
            if (k > 0 && sorted[k] == sorted[k - 1])
            {
                continue;
            }

            distinct++;
            Unpack(sorted[k], n, gram);
            if (source.IndexOf(gram[..n]) < 0)
            {
                novel++;
            }
        }

        return (double)novel / distinct;
    }

    /// <summary>Share of the summary's distinct bigrams that occur more than once in it; 0 with fewer than two tokens.</summary>
    public static double Repetition(ReadOnlySpan<int> summary)
    {
        var count = summary.Length - 1;
        if (count <= 0)
        {
            return 0;
        }

        var keys = count <= 256 ? stackalloc long[count] : new long[count];
        var sorted = Packed(summary, 2, keys);
        int distinct = 0, repeated = 0;
        for (var k = 0; k < sorted.Length; k++)
        {
            if (k > 0 && sorted[k] == sorted[k - 1])
            {
                // Count a repeated bigram once, at its second occurrence.
                if (k < 2 || sorted[k - 2] != sorted[k])
                {
                    repeated++;
                }

                continue;
            }

            distinct++;
        }

        return (double)repeated / distinct;
    }

    private static Span<long> Packed(ReadOnlySpan<int> tokens, int n, Span<long> into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            long key = 0;
            for (var k = 0; k < n; k++)
            {
                var token = tokens[i + k];
                if ((uint)token >= 1u << Bits)
                {
                    throw new ArgumentOutOfRangeException(nameof(tokens), token, "token ids must be below 2^21.");
                }

                key = (key << Bits) | (uint)token;
            }

            into[i] = key;
        }

        into.Sort();
        return into;
    }

    private static void Unpack(long key, int n, Span<int> into)
    {
        for (var k = n - 1; k >= 0; k--)
        {
            into[k] = (int)(key & ((1 << Bits) - 1));
            key >>= Bits;
        }
    }
}
