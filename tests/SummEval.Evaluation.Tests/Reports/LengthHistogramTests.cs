using CsCheck;
using SummEval.Reports.Html;
using SummEval.Testing;
using Xunit;

namespace SummEval.Evaluation.Tests.Reports;

public class LengthHistogramTests
{
    [Fact]
    public void Small_ranges_get_one_bin_per_length_and_one_past_the_budget()
    {
        var (start, width, counts) = LengthHistogram.Bin([18, 20, 20, 3], 20);

        Assert.Equal(0, start);
        Assert.Equal(1, width);
        Assert.Equal(22, counts.Length); // 0..20 plus 21, so the budget line is not the plot's edge
        Assert.Equal(2, counts[20]);
        Assert.Equal(1, counts[18]);
        Assert.Equal(1, counts[3]);
    }

    [Fact]
    public void Wide_ranges_align_a_bin_edge_on_the_budget()
    {
        var (start, width, counts) = LengthHistogram.Bin([0, 20, 21, 250], 20);

        Assert.Equal(5, width); // 251 lengths in at most 60 bins
        Assert.Equal(21, start + (5 * width)); // budget + 1 starts bin 5
        Assert.Equal(4, counts.Sum());
        Assert.Equal(1, counts[(20 - start) / width]);
        Assert.Equal(1, counts[(21 - start) / width]);
        Assert.NotEqual((20 - start) / width, (21 - start) / width);
    }

    [Fact]
    public void Bins_count_everything_and_never_straddle_the_budget()
    {
        var gen = Gen.Select(Gen.Int[0, 400].Array[0, 50], Gen.Int[0, 300].Nullable());
        PropertyCheck.ForAll(
            gen,
            t =>
            {
                var (lengths, budget) = t;
                var (start, width, counts) = LengthHistogram.Bin(lengths, budget);
                Assert.Equal(lengths.Length, counts.Sum());
                Assert.InRange(counts.Length, 1, 62);
                Assert.True(start <= 0 && start > -width);
                if (budget is { } b)
                {
                    Assert.Equal(0, (b + 1 - start) % width);
                    Assert.True(start + (counts.Length * width) > b + 1, "there is room past the budget");
                }

                foreach (var n in lengths)
                {
                    var bin = (n - start) / width;
                    Assert.InRange(n, start + (bin * width), start + ((bin + 1) * width) - 1);
                }
            },
            seed: 20261129,
            iterations: 2000);
    }

    [Fact]
    public void Negative_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => LengthHistogram.Bin([1, -2], 20));
    }
}
