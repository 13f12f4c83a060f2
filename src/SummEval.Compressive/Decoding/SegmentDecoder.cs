namespace SummEval.Compressive.Decoding;

/// <summary>
/// Chooses which words to keep: the subsequence of words, within a code-point budget, that maximises the sum of
/// the kept words' gains minus a penalty for every segment (run of consecutive kept words) it opens. Exact dynamic
/// program over (word, characters used, previous word kept), O(words × budget).
/// </summary>
public static class SegmentDecoder
{
    /// <summary>The chosen word indices (ascending) and the objective value they reach.</summary>
    public readonly record struct Decoded(int[] Kept, double Value);

    /// <summary>
    /// Decodes words with <paramref name="gains"/> and code-point <paramref name="lengths"/> into at most
    /// <paramref name="budget"/> code points. Ties prefer dropping a word, so the result is deterministic.
    /// </summary>
    public static Decoded Decode(ReadOnlySpan<double> gains, ReadOnlySpan<int> lengths, int budget, double segmentPenalty)
    {
        if (gains.Length != lengths.Length)
        {
            throw new ArgumentException("gains and lengths must have the same length.", nameof(lengths));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        var n = gains.Length;
        var width = budget + 1;

        // value[(i * width + c) * 2 + s]: best over words [0, i) using exactly c code points, s = word i-1 kept.
        var value = new double[(n + 1) * width * 2];
        Array.Fill(value, double.NegativeInfinity);
        value[0] = 0;
        for (var i = 0; i < n; i++)
        {
            var length = lengths[i];
            var gain = gains[i];
            for (var c = 0; c <= budget; c++)
            {
                for (var s = 0; s < 2; s++)
                {
                    var here = value[(((i * width) + c) * 2) + s];
                    if (double.IsNegativeInfinity(here))
                    {
                        continue;
                    }

                    ref var skip = ref value[((((i + 1) * width) + c) * 2) + 0];
                    skip = Math.Max(skip, here);
                    if (length >= 0 && c + length <= budget)
                    {
                        ref var keep = ref value[((((i + 1) * width) + c + length) * 2) + 1];
                        keep = Math.Max(keep, here + gain - (s == 0 ? segmentPenalty : 0));
                    }
                }
            }
        }

        // Best end state; ties to the fewest characters, then to "last word dropped".
        var best = double.NegativeInfinity;
        int bestC = 0, bestS = 0;
        for (var c = 0; c <= budget; c++)
        {
            for (var s = 0; s < 2; s++)
            {
                var v = value[(((n * width) + c) * 2) + s];
                if (v > best)
                {
                    (best, bestC, bestS) = (v, c, s);
                }
            }
        }

        // Walk back: recompute which predecessor produced each state.
        var kept = new List<int>();
        var (cc, ss) = (bestC, bestS);
        for (var i = n; i > 0; i--)
        {
            var v = value[(((i * width) + cc) * 2) + ss];
            if (ss == 0)
            {
                // Reached by skipping word i-1 from either state at (i-1, cc); prefer the dropped-predecessor state.
                ss = value[((((i - 1) * width) + cc) * 2) + 0] == v ? 0 : 1;
                continue;
            }

            kept.Add(i - 1);
            cc -= lengths[i - 1];
            var fromDropped = value[((((i - 1) * width) + cc) * 2) + 0] + gains[i - 1] - segmentPenalty;
            ss = fromDropped == v ? 0 : 1;
        }

        kept.Reverse();
        return new Decoded([.. kept], double.IsNegativeInfinity(best) ? 0 : best);
    }
}
