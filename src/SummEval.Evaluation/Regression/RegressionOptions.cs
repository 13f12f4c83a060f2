namespace SummEval.Regression;

/// <summary>How the paired regression check decides.</summary>
public sealed record RegressionOptions
{
    /// <summary>The default ROUGE tolerance: half a ROUGE point.</summary>
    public const double DefaultTolerance = 0.005;

    /// <summary>Largest drop of a ROUGE F1 mean that is never a regression (absolute, 0-1 scale).</summary>
    public double Tolerance { get; init; } = DefaultTolerance;

    /// <summary>
    /// Largest drop of the share of summaries within budget that is never a regression. Zero by default: the budget is
    /// a hard constraint, so under <see cref="FailRule.Significant"/> any significant rise of violations fails.
    /// </summary>
    public double AdherenceTolerance { get; init; }

    /// <summary>The rule that turns a drop into a failure.</summary>
    public FailRule FailOn { get; init; } = FailRule.Significant;

    /// <summary>Significance level: the paired intervals cover 1 − alpha.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Bootstrap resamples per figure.</summary>
    public int Samples { get; init; } = 10000;

    /// <summary>Seed of the bootstrap (<c>new Random(seed)</c>), so the same runs always get the same decision.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>How many of the documents that lost most the report lists per summarizer.</summary>
    public int WorstDocuments { get; init; } = 25;

    /// <summary>The tolerance that applies to <paramref name="metric"/>.</summary>
    public double ToleranceFor(string metric) => metric == RegressionMetrics.Adherence ? AdherenceTolerance : Tolerance;
}
