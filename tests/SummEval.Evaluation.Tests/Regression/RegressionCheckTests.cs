using SummEval.Regression;
using SummEval.Reports.Regression;
using Xunit;

namespace SummEval.Evaluation.Tests.Regression;

public class RegressionCheckTests
{
    private static RunRecord Run(Func<int, double> rougeL, Func<int, int>? chars = null, string rouge = "char/pooled") =>
        new("csl:test", "abc123", 200, 20, rouge, 42,
        [
            new SummarizerRecord("textrank", false, Enumerable.Range(0, 200)
                .Select(i => new DocumentRecord($"d{i:000}", i, "摘要", chars?.Invoke(i) ?? 18, rougeL(i), rougeL(i), rougeL(i), null)).ToList()),
        ]);

    [Fact]
    public void A_uniform_drop_is_significant_and_fails_under_both_rules()
    {
        var baseline = Run(i => 0.5 + (i % 7 * 0.01));
        var current = Run(i => 0.49 + (i % 7 * 0.01));
        foreach (var rule in new[] { FailRule.Significant, FailRule.Drop })
        {
            var result = RegressionCheck.Compare(baseline, current, new RegressionOptions { FailOn = rule });
            var rougeL = result.Figures.Single(f => f.Metric == "rougeL");
            Assert.True(rougeL.Regressed);
            Assert.Equal(-0.01, rougeL.Delta!.Value, 9);
            Assert.True(rougeL.Test!.CiHigh < 0);
        }
    }

    [Fact]
    public void One_big_swing_beyond_the_tolerance_is_noise_under_significant_but_fails_under_drop()
    {
        // One document of 200 loses 0.9: the mean drops 0.0045 > 0.001, but resamples without it are common.
        var baseline = Run(_ => 0.5);
        var current = Run(i => i == 17 ? -0.4 + 0.5 : 0.5);
        var significant = RegressionCheck.Compare(baseline, current, new RegressionOptions { Tolerance = 0.001 });
        var drop = RegressionCheck.Compare(baseline, current, new RegressionOptions { Tolerance = 0.001, FailOn = FailRule.Drop });
        Assert.False(significant.Failed);
        Assert.NotNull(significant.Figures.Single(f => f.Metric == "rougeL").Warning);
        Assert.True(drop.Failed);
        Assert.Equal("d017", significant.Changes.Single().Lost.Single().After.Id);
    }

    [Fact]
    public void Mismatched_runs_are_refused_naming_every_difference()
    {
        var ex = Assert.Throws<RegressionInputException>(() => RegressionCheck.Compare(Run(_ => 0.5), Run(_ => 0.5, rouge: "word/best")));
        Assert.Contains("tokenization differs: baseline char, current word", ex.Message);
        Assert.Contains("reference mode differs: baseline pooled, current best", ex.Message);
    }

    [Fact]
    public void Budget_violations_are_listed_and_fail_on_adherence()
    {
        var result = RegressionCheck.Compare(Run(_ => 0.5), Run(_ => 0.5, i => i < 10 ? 25 : 18));
        Assert.True(result.Figures.Single(f => f.Metric == "adherence").Regressed);
        Assert.Equal(10, result.Changes.Single().NewViolations.Count);
    }

    [Fact]
    public void Github_commands_escape_data_and_properties()
    {
        Assert.Equal("a%25b%0Ac%0Dd: e, f", GithubAnnotations.Data("a%b\nc\rd: e, f"));
        Assert.Equal("a%25b%0Ac%3A d%2C e", GithubAnnotations.Property("a%b\nc: d, e"));
    }
}
