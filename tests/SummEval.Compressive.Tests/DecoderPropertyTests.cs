using CsCheck;
using SummEval.Compressive.Decoding;
using SummEval.Testing;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class DecoderPropertyTests
{
    private const ulong Seed = 20261129;

    private static readonly Gen<(double[] Gains, int[] Lengths, int Budget, double Penalty)> Problems =
        Gen.Int[0, 40].SelectMany(n =>
            Gen.Select(Gen.Double[-3, 3].Array[n], Gen.Int[0, 6].Array[n], Gen.Int[0, 40], Gen.Double[0, 3]));

    [Fact]
    public void NeverExceedsTheBudgetAndKeepsSourceOrder()
    {
        PropertyCheck.ForAll(Problems, p =>
        {
            var decoded = SegmentDecoder.Decode(p.Gains, p.Lengths, p.Budget, p.Penalty);
            Assert.True(decoded.Kept.Sum(i => p.Lengths[i]) <= p.Budget);
            for (var k = 1; k < decoded.Kept.Length; k++)
            {
                Assert.True(decoded.Kept[k] > decoded.Kept[k - 1]);
            }
        }, Seed, iterations: 2000);
    }

    [Fact]
    public void ValueMatchesTheChosenWordsAndIsOptimal()
    {
        // Brute force over all subsets of small problems.
        PropertyCheck.ForAll(
            Gen.Int[0, 10].SelectMany(n => Gen.Select(Gen.Double[-3, 3].Array[n], Gen.Int[0, 5].Array[n], Gen.Int[0, 15], Gen.Double[0, 3])),
            p =>
            {
                var (gains, lengths, budget, penalty) = p;
                var decoded = SegmentDecoder.Decode(gains, lengths, budget, penalty);
                Assert.Equal(Objective(decoded.Kept, gains, penalty), decoded.Value, 9);
                var best = 0.0;
                for (var mask = 0; mask < 1 << gains.Length; mask++)
                {
                    var chosen = Enumerable.Range(0, gains.Length).Where(i => (mask & (1 << i)) != 0).ToArray();
                    if (chosen.Sum(i => lengths[i]) <= budget)
                    {
                        best = Math.Max(best, Objective(chosen, gains, penalty));
                    }
                }

                Assert.Equal(best, decoded.Value, 9);
            },
            Seed,
            iterations: 500);
    }

    [Fact]
    public void OpenAndCloseCostsAreOptimalAgainstBruteForce()
    {
        // Per-word opening and closing costs (the cut cost): the DP must still find the best subset.
        PropertyCheck.ForAll(
            Gen.Int[0, 9].SelectMany(n => Gen.Select(Gen.Double[-3, 3].Array[n], Gen.Int[0, 5].Array[n], Gen.Int[0, 15], Gen.Double[0, 2].Array[n], Gen.Double[0, 2].Array[n])),
            p =>
            {
                var (gains, lengths, budget, open, close) = p;
                var decoded = SegmentDecoder.Decode(gains, lengths, budget, open, close);
                Assert.True(decoded.Kept.Sum(i => lengths[i]) <= budget);
                Assert.Equal(Objective(decoded.Kept, gains, open, close), decoded.Value, 9);
                var best = 0.0;
                for (var mask = 0; mask < 1 << gains.Length; mask++)
                {
                    var chosen = Enumerable.Range(0, gains.Length).Where(i => (mask & (1 << i)) != 0).ToArray();
                    if (chosen.Sum(i => lengths[i]) <= budget)
                    {
                        best = Math.Max(best, Objective(chosen, gains, open, close));
                    }
                }

                Assert.Equal(best, decoded.Value, 9);
            },
            Seed,
            iterations: 500);
    }

    [Fact]
    public void ClosingCostKeepsAPhraseWhole()
    {
        // Word 2 alone is worth 0.2 less than its characters would cost at the end, but closing the segment right
        // before it costs 0.5: the segment runs through it instead.
        double[] gains = [1, 1, -0.2, -5];
        int[] lengths = [2, 2, 2, 2];
        Assert.Equal([0, 1], SegmentDecoder.Decode(gains, lengths, 8, [0.5, 0.5, 0.5, 0.5], [0, 0, 0, 0]).Kept);
        Assert.Equal([0, 1, 2], SegmentDecoder.Decode(gains, lengths, 8, [0.5, 0.5, 0.5, 0.5], [0, 0.5, 0, 0]).Kept);
    }

    [Fact]
    public void ValueIsMonotoneInTheBudget()
    {
        PropertyCheck.ForAll(Problems, p =>
        {
            var smaller = SegmentDecoder.Decode(p.Gains, p.Lengths, p.Budget, p.Penalty).Value;
            var larger = SegmentDecoder.Decode(p.Gains, p.Lengths, p.Budget + 1, p.Penalty).Value;
            Assert.True(larger >= smaller - 1e-12, $"budget {p.Budget}: {smaller} > {larger}");
        }, Seed, iterations: 1000);
    }

    [Fact]
    public void PenaltyPrefersOneSegmentOverFragments()
    {
        // Words 0 and 2 are good, 1 is slightly bad: without a penalty it is skipped; with one, bridging the gap
        // through it costs less than opening a second segment.
        double[] gains = [1, -0.5, 1, -5];
        int[] lengths = [2, 2, 2, 2];
        Assert.Equal([0, 2], SegmentDecoder.Decode(gains, lengths, 6, 0).Kept);
        Assert.Equal([0, 1, 2], SegmentDecoder.Decode(gains, lengths, 6, 1).Kept);
    }

    private static double Objective(int[] kept, double[] gains, double[] open, double[] close)
    {
        double total = 0;
        for (var k = 0; k < kept.Length; k++)
        {
            total += gains[kept[k]];
            if (k == 0 || kept[k - 1] != kept[k] - 1)
            {
                total -= open[kept[k]];
            }

            if (k == kept.Length - 1 || kept[k + 1] != kept[k] + 1)
            {
                total -= close[kept[k]];
            }
        }

        return total;
    }

    private static double Objective(int[] kept, double[] gains, double penalty)
    {
        double total = 0;
        for (var k = 0; k < kept.Length; k++)
        {
            total += gains[kept[k]];
            if (k == 0 || kept[k - 1] != kept[k] - 1)
            {
                total -= penalty;
            }
        }

        return total;
    }
}
