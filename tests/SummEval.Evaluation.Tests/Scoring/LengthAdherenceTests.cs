using SummEval.Metrics;
using Xunit;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>Length statistics, including the documented edge cases.</summary>
public sealed class LengthAdherenceTests
{
    [Fact]
    public void An_empty_list_adheres_and_has_zero_lengths() =>
        Assert.Equal(new LengthStats(20, 1, 0, 0, 0, 0, 0), LengthAdherence.Compute([], 20));

    [Fact]
    public void Without_a_budget_everything_adheres() =>
        Assert.Equal(new LengthStats(null, 1, 20, 20, 29, 0, 0), LengthAdherence.Compute([10, 20, 30], null));

    [Fact]
    public void Overshoot_is_averaged_over_the_violators_only()
    {
        var stats = LengthAdherence.Compute([10, 20, 25, 30], 20);
        Assert.Equal(0.5, stats.Adherence);
        Assert.Equal(7.5, stats.MeanOvershoot); // (5 + 10) / 2, not / 4
        Assert.Equal(22.5, stats.MedianChars);
        Assert.Equal(21.25, stats.MeanChars);
    }

    [Fact]
    public void Empty_summaries_are_counted_and_within_budget()
    {
        var stats = LengthAdherence.Compute([0, 0, 5], 3);
        Assert.Equal(2, stats.Empty);
        Assert.Equal(2.0 / 3, stats.Adherence, 12);
        Assert.Equal(5.0 / 3, stats.MeanChars, 12);
        Assert.Equal(0, stats.MedianChars);
        Assert.Equal(2, stats.MeanOvershoot);
    }

    [Fact]
    public void P95_interpolates_like_numpy()
    {
        var stats = LengthAdherence.Compute(Enumerable.Range(1, 20).Reverse().ToList(), 20);
        Assert.Equal(19.05, stats.P95Chars, 12); // numpy.percentile(range(1, 21), 95)
        Assert.Equal(10.5, stats.MedianChars);
        Assert.Equal(1, stats.Adherence);
    }

    [Fact]
    public void A_zero_budget_makes_every_non_empty_summary_a_violator()
    {
        var stats = LengthAdherence.Compute([0, 4], 0);
        Assert.Equal(0.5, stats.Adherence);
        Assert.Equal(4, stats.MeanOvershoot);
    }

    [Fact]
    public void Negative_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LengthAdherence.Compute([1], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LengthAdherence.Compute([-1], 5));
    }

    [Fact]
    public void A_failed_document_counts_against_adherence_not_for_it()
    {
        // Before: a failure's empty summary was within the budget, so failing raised adherence.
        var stats = LengthAdherence.Compute([0, 10, 30, 0], 20, [true, false, false, false]);
        Assert.Equal(0.5, stats.Adherence);
        Assert.Equal(10, stats.MeanOvershoot); // the one real overshoot
        Assert.Equal(2, stats.Empty);
        Assert.Equal(10, stats.MeanChars);
        Assert.Equal(1, LengthAdherence.Compute([0, 10], null, [true, false]).Adherence); // no budget, nothing to adhere to
        Assert.Equal(LengthAdherence.Compute([0, 10], 20), LengthAdherence.Compute([0, 10], 20, [false, false]));
        Assert.Throws<ArgumentException>(() => LengthAdherence.Compute([0, 10], 20, [true]));
    }
}
