using System.Buffers;
using SummEval.Extractive.Selection;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>The knapsack tables come from <see cref="ArrayPool{T}"/>: whatever a rented table held before must not matter.</summary>
public sealed class BudgetedSelectorPoolTests
{
    [Fact]
    public void SelectionsAreOptimalAfterThePoolHeldGarbage()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 300; trial++)
        {
            Poison();
            var count = random.Next(0, 9);
            var lengths = Enumerable.Range(0, count).Select(_ => random.Next(1, 8)).ToArray();
            var values = Enumerable.Range(0, count).Select(_ => random.Next(0, 5) * 0.5).ToArray();
            var budget = random.Next(0, 25);
            var best = BruteForce(lengths, values, budget);

            var chosen = BudgetedSelector.Select(lengths, values, budget);
            Assert.True(chosen.Sum(i => lengths[i]) <= budget);
            Assert.Equal(best, chosen.Sum(i => values[i]), 9);

            Poison();
            var clauses = Enumerable.Range(0, count).ToArray();
            var disjoint = BudgetedSelector.SelectDisjoint(lengths, values, clauses, clauses, budget);
            Assert.Equal(chosen, disjoint);
        }
    }

    // Rents tables of many sizes, fills them with random values (a constant would shift every choice alike) and
    // returns them, so the next rent on this thread gets one back.
    private static void Poison()
    {
        var random = new Random(3);
        for (var size = 1; size <= 1 << 12; size *= 2)
        {
            var table = ArrayPool<double>.Shared.Rent(size);
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = random.Next(0, 100);
            }

            ArrayPool<double>.Shared.Return(table);
        }
    }

    private static double BruteForce(int[] lengths, double[] values, int budget)
    {
        var best = 0.0;
        for (var mask = 0; mask < 1 << lengths.Length; mask++)
        {
            var (length, value) = (0, 0.0);
            for (var i = 0; i < lengths.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    length += lengths[i];
                    value += values[i];
                }
            }

            if (length <= budget)
            {
                best = Math.Max(best, value);
            }
        }

        return best;
    }
}
