namespace SummEval.Metrics;

/// <summary>
/// The greedy extractive fragments of Grusky et al. (2018), computed as Newsroom's <c>Fragments</c> does, and the
/// coverage, density and compression derived from them. Pure functions over token ids.
/// </summary>
public static class ExtractiveFragments
{
    /// <summary>
    /// The fragments of <paramref name="summary"/> in <paramref name="source"/>: from each summary position, the longest
    /// source match (the first one on ties), skipping past every match while scanning the source as Newsroom does; a
    /// position with no match advances by one token and yields no fragment.
    /// </summary>
    public static List<ExtractiveFragment> Greedy(ReadOnlySpan<int> summary, ReadOnlySpan<int> source)
    {
        var fragments = new List<ExtractiveFragment>();
        Greedy(summary, source, fragments);
        return fragments;
    }

    /// <summary>As <see cref="Greedy(ReadOnlySpan{int}, ReadOnlySpan{int})"/>, appending into <paramref name="into"/> (cleared first).</summary>
    public static void Greedy(ReadOnlySpan<int> summary, ReadOnlySpan<int> source, List<ExtractiveFragment> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        var i = 0;
        while (i < summary.Length)
        {
            int best = 0, bestStart = -1;
            var j = 0;
            while (j < source.Length)
            {
                // Vectorized jump to the next source position holding the summary token.
                var hit = source[j..].IndexOf(summary[i]);
                if (hit < 0)
                {
                    break;
                }

                j += hit;
                var length = summary[i..].CommonPrefixLength(source[j..]);
                if (length > best)
                {
                    best = length;
                    bestStart = j;
                }

                // Newsroom continues the scan after the matched run, not at the next position.
                j += length;
            }

            if (best > 0)
            {
                into.Add(new ExtractiveFragment(i, bestStart, best));
            }

            i += Math.Max(best, 1);
        }
    }

    /// <summary>
    /// Coverage (share of summary tokens inside a fragment), density (Σ|f|² / |summary|, the mean length of the
    /// fragment each token sits in) and compression (|source| / |summary|); all 0 for a summary without tokens.
    /// </summary>
    public static Extractiveness Measure(IReadOnlyList<ExtractiveFragment> fragments, int summaryTokens, int sourceTokens)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        if (summaryTokens == 0)
        {
            return default;
        }

        long covered = 0, squared = 0;
        foreach (var f in fragments)
        {
            covered += f.Length;
            squared += (long)f.Length * f.Length;
        }

        return new Extractiveness((double)covered / summaryTokens, (double)squared / summaryTokens, (double)sourceTokens / summaryTokens);
    }
}
