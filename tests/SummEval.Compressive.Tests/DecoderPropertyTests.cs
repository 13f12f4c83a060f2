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
    public void TheBoundedTableDecodesExactlyAsTheFullOne()
    {
        // Gains and costs from a few values make ties common, so the tie rules (fewest characters, dropped words) are
        // exercised too; budgets run from 0 to beyond every word's length.
        double[] values = [-1, -0.5, 0, 0.25, 0.5, 1];
        var few = Gen.Int[0, values.Length - 1].Select(i => values[i]);
        var problems = Gen.Int[0, 30].SelectMany(n => Gen.Select(
            Gen.OneOf(few, Gen.Double[-3, 3]).Array[n], Gen.Int[-1, 6].Array[n], Gen.Int[0, 200], Gen.OneOf(few, Gen.Double[0, 2]).Array[n], Gen.OneOf(few, Gen.Double[0, 2]).Array[n]));
        PropertyCheck.ForAll(problems, p =>
        {
            var (gains, lengths, budget, open, close) = p;
            for (var i = 0; i < open.Length; i++)
            {
                (open[i], close[i]) = (Math.Abs(open[i]), Math.Abs(close[i]));
            }

            var bounded = SegmentDecoder.Decode(gains, lengths, budget, open, close, boundWidth: true);
            var full = SegmentDecoder.Decode(gains, lengths, budget, open, close, boundWidth: false);
            Assert.Equal(full.Kept, bounded.Kept);
            Assert.Equal(full.Value, bounded.Value);
        }, Seed, iterations: 5000);
    }

    [Fact]
    public void ALongTextAtALargeBudgetNeedsNoLargeTable()
    {
        // 60 000 words of 3 code points with no limit: the full table would need 60 000 × 180 000 × 2 cells, more than
        // an array holds (it used to refuse, and took minutes below that size). One word in a thousand is worth
        // keeping, so the table needs only the 180 characters of the best choice.
        const int n = 60_000;
        var gains = new double[n];
        var lengths = new int[n];
        for (var i = 0; i < n; i++)
        {
            (gains[i], lengths[i]) = (i % 1000 == 0 ? 1 : -1, 3);
        }

        var decoded = SegmentDecoder.Decode(gains, lengths, int.MaxValue, 0.5);
        Assert.Equal(Enumerable.Range(0, n / 1000).Select(k => k * 1000), decoded.Kept);
        Assert.Equal(n / 1000 * 0.5, decoded.Value, 6);
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
