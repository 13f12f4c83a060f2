using System.Buffers;
using SummEval.Text;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Budgeted selection: the subset of units with the largest total value whose total length (code points) fits
/// the budget, as a 0/1 knapsack solved exactly by dynamic programming over lengths. Ties keep earlier units.
/// </summary>
public static class BudgetedSelector
{
    /// <summary>Indices (ascending, i.e. source order) of the chosen units; empty when nothing fits.</summary>
    public static int[] Select(IReadOnlyList<int> lengths, IReadOnlyList<double> values, int budget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        CheckCounts(lengths, values);

        // Capacity beyond the total length changes nothing, so a huge budget costs no memory.
        budget = (int)Math.Min(budget, Total(lengths));
        var width = budget + 1;
        var best = Table(lengths.Count, width);
        try
        {
            Fill(best, width, lengths, values, lengths.Count);
            return Reconstruct(best, width, lengths, values, budget);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(best);
        }
    }

    /// <summary>
    /// <see cref="Select"/> on two unit lists whose last <paramref name="sharedTail"/> units are the same (a group of
    /// units or one alternative to it, followed by the rest): the table of the shared units is filled once. Each
    /// result is exactly what <see cref="Select"/> returns for its list.
    /// </summary>
    public static (int[] Chosen, int[] AlternativeChosen) SelectEither(
        IReadOnlyList<int> lengths, IReadOnlyList<double> values, IReadOnlyList<int> alternativeLengths, IReadOnlyList<double> alternativeValues, int sharedTail, int budget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        CheckCounts(lengths, values);
        CheckCounts(alternativeLengths, alternativeValues);
        ArgumentOutOfRangeException.ThrowIfNegative(sharedTail);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sharedTail, Math.Min(lengths.Count, alternativeLengths.Count));

        // Both lists run on one capacity, the larger of their caps: a capacity at or above a list's total length
        // gives the same table entries and the same choice as the total itself (Select caps there).
        var (total, alternativeTotal) = (Total(lengths), Total(alternativeLengths));
        var capacity = (int)Math.Min(budget, Math.Max(total, alternativeTotal));
        var width = capacity + 1;
        var best = Table(lengths.Count, width);
        var alternative = ArrayPool<double>.Shared.Rent((alternativeLengths.Count + 1) * width);
        try
        {
            Fill(best, width, lengths, values, lengths.Count);

            // The rows of the shared units (and the empty row after them) are the same in both tables.
            Array.Copy(best, (lengths.Count - sharedTail) * width, alternative, (alternativeLengths.Count - sharedTail) * width, (sharedTail + 1) * width);
            Fill(alternative, width, alternativeLengths, alternativeValues, alternativeLengths.Count - sharedTail);
            return (
                Reconstruct(best, width, lengths, values, (int)Math.Min(capacity, total)),
                Reconstruct(alternative, width, alternativeLengths, alternativeValues, (int)Math.Min(capacity, alternativeTotal)));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(best);
            ArrayPool<double>.Shared.Return(alternative);
        }
    }

    /// <summary>
    /// <see cref="Select"/> over units that may overlap in the source: unit i covers the clauses
    /// <paramref name="firsts"/>[i]..<paramref name="lasts"/>[i] (units ordered by their first clause), and no two chosen
    /// units cover a clause in common (a clause and a span inside it). Exact: a knapsack whose
    /// "take" skips the units a chosen one overlaps. With every unit on a clause of its own it is <see cref="Select"/>.
    /// </summary>
    public static int[] SelectDisjoint(IReadOnlyList<int> lengths, IReadOnlyList<double> values, IReadOnlyList<int> firsts, IReadOnlyList<int> lasts, int budget)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        CheckCounts(lengths, values);
        ArgumentNullException.ThrowIfNull(firsts);
        ArgumentNullException.ThrowIfNull(lasts);
        var count = lengths.Count;
        if (firsts.Count != count || lasts.Count != count)
        {
            throw new ArgumentException("firsts and lasts must have one entry per unit.", nameof(lasts));
        }

        // next[i]: the first unit after i that starts past i's last clause, where taking i continues.
        var next = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && firsts[i] < firsts[i - 1])
            {
                throw new ArgumentException("Units must be ordered by their first clause.", nameof(firsts));
            }

            var j = i + 1;
            while (j < count && firsts[j] <= lasts[i])
            {
                j++;
            }

            next[i] = j;
        }

        budget = (int)Math.Min(budget, Total(lengths));
        var width = budget + 1;
        var best = Table(count, width);
        try
        {
            return SolveDisjoint(best, width, next, lengths, values, budget);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(best);
        }
    }

    private static int[] SolveDisjoint(double[] best, int width, int[] next, IReadOnlyList<int> lengths, IReadOnlyList<double> values, int budget)
    {
        var count = lengths.Count;
        for (var i = count - 1; i >= 0; i--)
        {
            for (var c = 0; c < width; c++)
            {
                var skip = best[((i + 1) * width) + c];
                var take = lengths[i] <= c && values[i] > 0 ? values[i] + best[(next[i] * width) + c - lengths[i]] : double.NegativeInfinity;
                best[(i * width) + c] = take >= skip ? take : skip;
            }
        }

        var chosen = new List<int>();
        for (var (i, capacity) = (0, budget); i < count;)
        {
            if (lengths[i] <= capacity && values[i] > 0 &&
                values[i] + best[(next[i] * width) + capacity - lengths[i]] >= best[((i + 1) * width) + capacity])
            {
                chosen.Add(i);
                capacity -= lengths[i];
                i = next[i];
            }
            else
            {
                i++;
            }
        }

        return [.. chosen];
    }

    /// <summary>
    /// Concatenates the chosen units in source order, the separator between them but after a unit that ends on a sentence's
    /// stop (<c>。</c>, <c>！</c>, <c>？</c>, and <c>.</c> after a Chinese character as CSL writes it, which separates already: not
    /// <c>…入市需谨慎。，预期风险…</c> or <c>…宣布建交.，中法建交…</c>), and guarantees the budget (defensive final cut).
    /// </summary>
    public static string Join(IReadOnlyList<string> units, IEnumerable<int> chosen, string separator, int budget)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(separator);

        // Joined in a buffer on the stack: consensus selection joins several selections per document.
        var length = 0;
        foreach (var i in chosen)
        {
            length += units[i].Length + separator.Length;
        }

        var joined = length <= 512 ? stackalloc char[length] : new char[length];
        var at = 0;
        foreach (var i in chosen)
        {
            if (at > 0 && !EndsOnStop(joined[..at]))
            {
                separator.CopyTo(joined[at..]);
                at += separator.Length;
            }

            units[i].CopyTo(joined[at..]);
            at += units[i].Length;
        }

        return TextLength.Truncate(new string(joined[..at]), budget);
    }

    // Whether the text so far ends on a sentence's stop: 。！？, or an ASCII full stop after a character outside ASCII.
    private static bool EndsOnStop(ReadOnlySpan<char> text) =>
        text[^1] is '。' or '！' or '？' || (text[^1] == '.' && text.Length > 1 && !char.IsAscii(text[^2]));

    // A pooled table of rows + 1 rows of width cells: the knapsacks run several times per document (consensus
    // selection re-runs them without each chosen unit), and fresh tables were most of a document's allocations.
    // Only the last (empty) row is cleared: Fill writes every cell of the rows before it before they are read.
    private static double[] Table(int rows, int width)
    {
        var table = ArrayPool<double>.Shared.Rent((rows + 1) * width);
        Array.Clear(table, rows * width, width);
        return table;
    }

    private static void CheckCounts(IReadOnlyList<int> lengths, IReadOnlyList<double> values)
    {
        if (lengths.Count != values.Count)
        {
            throw new ArgumentException("lengths and values must have the same count.", nameof(values));
        }
    }

    private static long Total(IReadOnlyList<int> lengths)
    {
        long total = 0;
        for (var i = 0; i < lengths.Count; i++)
        {
            total += lengths[i];
        }

        return total;
    }

    // best[i, c] = best value using units i.. with capacity c, for the rows i < rows (the rows from there on are
    // already filled); filled backwards so reconstruction walks forwards.
    private static void Fill(double[] best, int width, IReadOnlyList<int> lengths, IReadOnlyList<double> values, int rows)
    {
        for (var i = rows - 1; i >= 0; i--)
        {
            for (var c = 0; c < width; c++)
            {
                var skip = best[((i + 1) * width) + c];
                var take = lengths[i] <= c && values[i] > 0 ? values[i] + best[((i + 1) * width) + c - lengths[i]] : double.NegativeInfinity;
                best[(i * width) + c] = take >= skip ? take : skip;
            }
        }
    }

    private static int[] Reconstruct(double[] best, int width, IReadOnlyList<int> lengths, IReadOnlyList<double> values, int capacity)
    {
        var chosen = new List<int>();
        for (var i = 0; i < lengths.Count; i++)
        {
            if (lengths[i] <= capacity && values[i] > 0 &&
                values[i] + best[((i + 1) * width) + capacity - lengths[i]] >= best[((i + 1) * width) + capacity])
            {
                chosen.Add(i);
                capacity -= lengths[i];
            }
        }

        return [.. chosen];
    }
}
