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
        var n = lengths.Count;
        if (n != values.Count)
        {
            throw new ArgumentException("lengths and values must have the same count.", nameof(values));
        }

        // Capacity beyond the total length changes nothing, so a huge budget costs no memory.
        budget = (int)Math.Min(budget, lengths.Sum(l => (long)l));

        // best[i, c] = best value using units i.. with capacity c; filled backwards so reconstruction walks forwards.
        var width = budget + 1;
        var best = new double[(n + 1) * width];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var c = 0; c <= budget; c++)
            {
                var skip = best[((i + 1) * width) + c];
                var take = lengths[i] <= c && values[i] > 0 ? values[i] + best[((i + 1) * width) + c - lengths[i]] : double.NegativeInfinity;
                best[(i * width) + c] = take >= skip ? take : skip;
            }
        }

        var chosen = new List<int>();
        var capacity = budget;
        for (var i = 0; i < n; i++)
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

    /// <summary>Concatenates the chosen units in source order and guarantees the budget (defensive final cut).</summary>
    public static string Join(IReadOnlyList<string> units, IEnumerable<int> chosen, string separator, int budget) =>
        TextLength.Truncate(string.Join(separator, chosen.Select(i => units[i])), budget);
}
