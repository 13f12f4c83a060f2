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
        Span<double> shares = stackalloc double[MaxN];
        Shares(summary, source, shares);
        return shares[n - 1];
    }

    /// <summary>The shares of novel 1-, 2- and 3-grams (see <see cref="Share"/>) into <paramref name="into"/>[0..3], in one pass.</summary>
    public static void Shares(ReadOnlySpan<int> summary, ReadOnlySpan<int> source, Span<double> into)
    {
        // matches[i]: the longest run starting at summary position i that occurs somewhere in the source, so the
        // n-gram at i occurs in the source exactly when matches[i] >= n.
        var matches = summary.Length <= 256 ? stackalloc int[summary.Length] : new int[summary.Length];
        LongestMatches(summary, source, matches);
        var keys = summary.Length <= 256 ? stackalloc long[summary.Length] : new long[summary.Length];
        var found = summary.Length <= 256 ? stackalloc bool[summary.Length] : new bool[summary.Length];
        for (var n = 1; n <= MaxN; n++)
        {
            var count = summary.Length - n + 1;
            if (count <= 0)
            {
                into[n - 1] = 0;
                continue;
            }

            var k = keys[..count];
            var f = found[..count];
            Pack(summary, n, k);
            for (var i = 0; i < count; i++)
            {
                f[i] = matches[i] >= n;
            }

            k.Sort(f);
            int distinct = 0, novel = 0;
            for (var i = 0; i < count; i++)
            {
                if (i > 0 && k[i] == k[i - 1])
                {
                    continue;
                }

                distinct++;
                novel += f[i] ? 0 : 1;
            }

            into[n - 1] = (double)novel / distinct;
        }
    }

    /// <summary>For each summary position, the length of the longest run starting there that also occurs in the source (capped at <see cref="MaxN"/>).</summary>
    private static void LongestMatches(ReadOnlySpan<int> summary, ReadOnlySpan<int> source, Span<int> into)
    {
        for (var i = 0; i < summary.Length; i++)
        {
            var tail = summary.Slice(i, Math.Min(MaxN, summary.Length - i));
            var best = 0;
            var j = 0;
            while (best < tail.Length && j < source.Length)
            {
                var hit = source[j..].IndexOf(tail[0]);
                if (hit < 0)
                {
                    break;
                }

                j += hit;
                best = Math.Max(best, tail.CommonPrefixLength(source[j..]));
                j++;
            }

            into[i] = best;
        }
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
        Pack(tokens, n, into);
        into.Sort();
        return into;
    }

    private static void Pack(ReadOnlySpan<int> tokens, int n, Span<long> into)
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
    }
}
