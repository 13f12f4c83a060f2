using System.Buffers;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// Chooses which words to keep: the subsequence of words, within a code-point budget, that maximises the sum of
/// the kept words' gains minus the cost of opening each segment (run of consecutive kept words) and of closing it.
/// Exact dynamic program over (word, characters used, previous word kept): O(words × budget) time and bytes, the budget
/// first cut to the length of the best choice without one when that fits.
/// </summary>
public static class SegmentDecoder
{
    /// <summary>The chosen word indices (ascending) and the objective value they reach.</summary>
    public readonly record struct Decoded(int[] Kept, double Value);

    /// <summary>
    /// Decodes words with <paramref name="gains"/> and code-point <paramref name="lengths"/> into at most
    /// <paramref name="budget"/> code points, every segment costing <paramref name="segmentPenalty"/>.
    /// </summary>
    public static Decoded Decode(ReadOnlySpan<double> gains, ReadOnlySpan<int> lengths, int budget, double segmentPenalty)
    {
        var open = new double[gains.Length];
        Array.Fill(open, segmentPenalty);
        return Decode(gains, lengths, budget, open, new double[gains.Length]);
    }

    /// <summary>
    /// Decodes with a cost per word for opening a segment at it (<paramref name="openCosts"/>) and for closing a
    /// segment right after it (<paramref name="closeCosts"/>; a segment ending at the last word closes too). Ties prefer
    /// dropping a word, so the result is deterministic.
    /// </summary>
    public static Decoded Decode(ReadOnlySpan<double> gains, ReadOnlySpan<int> lengths, int budget, ReadOnlySpan<double> openCosts, ReadOnlySpan<double> closeCosts) =>
        Decode(gains, lengths, budget, openCosts, closeCosts, boundWidth: true);

    /// <summary>
    /// <see cref="Decode(ReadOnlySpan{double}, ReadOnlySpan{int}, int, ReadOnlySpan{double}, ReadOnlySpan{double})"/>,
    /// with the table's width bounded by an unconstrained optimum's length or not (the tests compare both).
    /// </summary>
    internal static Decoded Decode(ReadOnlySpan<double> gains, ReadOnlySpan<int> lengths, int budget, ReadOnlySpan<double> openCosts, ReadOnlySpan<double> closeCosts, bool boundWidth)
    {
        if (gains.Length != lengths.Length || gains.Length != openCosts.Length || gains.Length != closeCosts.Length)
        {
            throw new ArgumentException("gains, lengths, openCosts and closeCosts must have the same length.", nameof(lengths));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        var n = gains.Length;

        // No choice of words is longer than all of them, so a larger budget changes nothing but the table's size
        // (int.MaxValue, "no limit", overflowed it).
        long usable = 0;
        foreach (var length in lengths)
        {
            usable += Math.Max(length, 0);
        }

        budget = (int)Math.Min(budget, usable);

        // The table needs no column beyond the length of an optimum found without the budget, when one fits: every
        // cell up to that column is the same as in the full table, no cell there beats that optimum's value, and the
        // first column reaching it (the answer, fewest characters) is at or before it. A long text at a large budget
        // costs O(words × the optimum's length), not O(words × budget), when the words worth keeping are few.
        if (boundWidth && UnconstrainedOptimumLength(gains, lengths, openCosts, closeCosts) is var optimum && optimum < budget)
        {
            budget = (int)optimum;
        }

        var width = budget + 1;

        // Two rows of values and one byte of back-pointers per (word, characters): the values of row i+1 need only
        // row i, and the walk back only which state each cell came from. Rented: candidate selection runs dozens of
        // decodes per document.
        var cells = (n + 1L) * width;
        if (cells > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget,
                $"{n} words within {budget} code points need a table of {cells} cells, more than an array holds: use a smaller budget.");
        }

        var rows = ArrayPool<double>.Shared.Rent(4 * width);
        var from = ArrayPool<byte>.Shared.Rent((int)cells);
        try
        {
            return Fill(rows.AsSpan(0, 4 * width), from.AsSpan(0, (int)cells), gains, lengths, budget, openCosts, closeCosts);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(from);
            ArrayPool<double>.Shared.Return(rows);
        }
    }

    // The same recurrence as Fill's without the characters dimension, with the expressions in the same order, so its
    // optimum's value is bit for bit the full table's best; returns the code points of one path reaching it.
    private static long UnconstrainedOptimumLength(ReadOnlySpan<double> gains, ReadOnlySpan<int> lengths, ReadOnlySpan<double> openCosts, ReadOnlySpan<double> closeCosts)
    {
        // State s = 0: word i-1 dropped; s = 1: kept (its segment not yet closed). Lengths ride along the stored path.
        double dropped = 0, kept = double.NegativeInfinity;
        long droppedLength = 0, keptLength = 0;
        for (var i = 0; i < gains.Length; i++)
        {
            var close = i > 0 ? closeCosts[i - 1] : 0;
            var length = lengths[i];
            double nextDropped = double.NegativeInfinity, nextKept = double.NegativeInfinity;
            long nextDroppedLength = 0, nextKeptLength = 0;
            Offer(ref nextDropped, ref nextDroppedLength, dropped, droppedLength);
            Offer(ref nextDropped, ref nextDroppedLength, kept - close, keptLength);
            if (length >= 0)
            {
                Offer(ref nextKept, ref nextKeptLength, dropped + gains[i] - openCosts[i], droppedLength + length);
                Offer(ref nextKept, ref nextKeptLength, kept + gains[i], keptLength + length);
            }

            (dropped, kept, droppedLength, keptLength) = (nextDropped, nextKept, nextDroppedLength, nextKeptLength);
        }

        var last = gains.Length > 0 ? closeCosts[gains.Length - 1] : 0;
        return kept - last > dropped ? keptLength : droppedLength;

        static void Offer(ref double best, ref long bestLength, double value, long length)
        {
            if (!double.IsNegativeInfinity(value) && (value > best || (value == best && length < bestLength)))
            {
                (best, bestLength) = (value, length);
            }
        }
    }

    private static Decoded Fill(Span<double> rows, Span<byte> from, ReadOnlySpan<double> gains, ReadOnlySpan<int> lengths, int budget, ReadOnlySpan<double> openCosts, ReadOnlySpan<double> closeCosts)
    {
        var n = gains.Length;
        var width = budget + 1;

        // row[c * 2 + s]: best over words [0, i) using exactly c code points, s = word i-1 kept (the segment ending at
        // word i-1 not yet closed). from[i * width + c]: bit s set when state s of cell (i, c) came from the kept
        // state of word i-1, clear when from the dropped one (ties go to dropped).
        var current = rows[..(2 * width)];
        var next = rows[(2 * width)..];
        current.Fill(double.NegativeInfinity);
        current[0] = 0;
        for (var i = 0; i < n; i++)
        {
            var length = lengths[i];
            var gain = gains[i];
            var open = openCosts[i];
            var close = i > 0 ? closeCosts[i - 1] : 0;
            var back = from.Slice((i + 1) * width, width);
            for (var c = 0; c <= budget; c++)
            {
                var skip = Math.Max(current[c * 2], current[(c * 2) + 1] - close);
                byte came = current[c * 2] == skip ? (byte)0 : (byte)1;
                var keep = double.NegativeInfinity;
                if (length >= 0 && c >= length)
                {
                    var fromDropped = current[(c - length) * 2] + gain - open;
                    keep = Math.Max(fromDropped, current[((c - length) * 2) + 1] + gain);
                    came |= fromDropped == keep ? (byte)0 : (byte)2;
                }

                next[c * 2] = skip;
                next[(c * 2) + 1] = keep;
                back[c] = came;
            }

            var swap = current;
            current = next;
            next = swap;
        }

        // Best end state (a segment still open at the end pays its closing cost); ties to the fewest characters,
        // then to "last word dropped".
        var last = n > 0 ? closeCosts[n - 1] : 0;
        var best = double.NegativeInfinity;
        int bestC = 0, bestS = 0;
        for (var c = 0; c <= budget; c++)
        {
            for (var s = 0; s < 2; s++)
            {
                var v = current[(c * 2) + s] - (s == 1 ? last : 0);
                if (v > best)
                {
                    (best, bestC, bestS) = (v, c, s);
                }
            }
        }

        var kept = new List<int>();
        var (cc, ss) = (bestC, bestS);
        for (var i = n; i > 0; i--)
        {
            var came = from[(i * width) + cc];
            if (ss == 1)
            {
                kept.Add(i - 1);
                cc -= lengths[i - 1];
            }

            ss = (came >> ss) & 1;
        }

        kept.Reverse();
        return new Decoded([.. kept], double.IsNegativeInfinity(best) ? 0 : best);
    }
}
