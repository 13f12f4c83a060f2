using SummEval.Metrics;
using Xunit;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>The paired bootstrap significance test.</summary>
public sealed class PairedTestTests
{
    private static readonly double[] Noisy = Enumerable.Range(0, 200).Select(i => 0.3 + (0.2 * Math.Sin(i * 1.7))).ToArray();

    [Fact]
    public void Identical_systems_have_p_one()
    {
        var result = PairedTest.Bootstrap(Noisy, Noisy);
        Assert.Equal(0, result.MeanDifference);
        Assert.Equal(1, result.PValue);
        Assert.Equal(0, result.CiLow);
        Assert.Equal(0, result.CiHigh);
        Assert.Equal(10000, result.Samples);
    }

    [Fact]
    public void Clearly_different_systems_are_significant()
    {
        var better = Noisy.Select((v, i) => v + 0.05 + (0.02 * Math.Cos(i))).ToArray();
        var result = PairedTest.Bootstrap(better, Noisy);
        Assert.True(result.PValue < 0.01, $"p = {result.PValue}");
        Assert.Equal(1.0 / 10001, result.PValue, 15); // never 0
        Assert.InRange(result.MeanDifference, result.CiLow, result.CiHigh);
        Assert.True(result.CiLow > 0);
    }

    [Fact]
    public void A_difference_within_noise_is_not_significant()
    {
        var shuffled = Noisy.Select((v, i) => Noisy[(i * 37) % Noisy.Length]).ToArray();
        var result = PairedTest.Bootstrap(shuffled, Noisy, samples: 2000);
        Assert.True(result.PValue > 0.05, $"p = {result.PValue}");
        Assert.True(result.CiLow < 0 && result.CiHigh > 0);
    }

    [Fact]
    public void Swapping_the_systems_mirrors_the_result_and_the_seed_reproduces_it()
    {
        var other = Noisy.Select((v, i) => v + (i % 3 == 0 ? 0.01 : -0.004)).ToArray();
        var ab = PairedTest.Bootstrap(other, Noisy, 3000, 5);
        var ba = PairedTest.Bootstrap(Noisy, other, 3000, 5);
        Assert.Equal(ab, PairedTest.Bootstrap(other, Noisy, 3000, 5));
        Assert.Equal(ab.PValue, ba.PValue);
        Assert.Equal(-ab.MeanDifference, ba.MeanDifference, 15);
        Assert.Equal(-ab.CiHigh, ba.CiLow, 12);
    }

    [Fact]
    public void Unpaired_inputs_are_rejected() =>
        Assert.Throws<ArgumentException>(() => PairedTest.Bootstrap([0.1, 0.2], [0.1]));

    [Fact]
    public void One_document_is_no_evidence()
    {
        // Before: p = 0.0001 (every resample of one document equals it, so none was "as extreme" as the observed mean).
        var result = PairedTest.Bootstrap([1.0], [0.0]);
        Assert.Equal(1, result.PValue);
        Assert.Equal(1, result.MeanDifference);
        Assert.Equal(1, result.CiLow);
        Assert.Equal(1, result.CiHigh);
    }

    [Theory]
    [InlineData(double.NaN, 0.5, "a")]
    [InlineData(0.5, double.PositiveInfinity, "b")]
    public void A_value_that_is_not_finite_is_rejected_naming_its_document(double first, double second, string parameter)
    {
        // Before: NaN gave a NaN difference with p = 0.0001, a "significant" result from no evidence.
        var error = Assert.Throws<ArgumentException>(() => PairedTest.Bootstrap([0.2, first, 0.3], [0.1, second, 0.3]));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("document 1", error.Message, StringComparison.Ordinal);
    }
}
