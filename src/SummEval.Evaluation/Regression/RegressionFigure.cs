using SummEval.Metrics;

namespace SummEval.Regression;

/// <summary>One compared figure: a summarizer's metric in the baseline and now, with its paired test when per-document data exists.</summary>
/// <param name="Summarizer">The spec.</param>
/// <param name="Metric"><c>rouge1</c>, <c>rouge2</c>, <c>rougeL</c> (F1), <c>adherence</c>, or <c>failures</c> (a count).</param>
/// <param name="Baseline">The baseline mean over the shared documents, or null for a summarizer new in the current run.</param>
/// <param name="Current">The current mean over the shared documents, or null for a summarizer that vanished.</param>
/// <param name="Test">Paired bootstrap of current − baseline, or null (corpus-level comparison, new or vanished summarizer).</param>
/// <param name="Regressed">True when this figure fails the gate.</param>
/// <param name="Warning">Why the figure deserves a look although it passes (a drop beyond the tolerance that is noise, a significant drop within it), or null.</param>
public sealed record RegressionFigure(string Summarizer, string Metric, double? Baseline, double? Current, PairedTestResult? Test, bool Regressed, string? Warning)
{
    /// <summary>Current minus baseline, when both exist.</summary>
    public double? Delta => Test?.MeanDifference ?? (Current - Baseline);

    /// <summary>The one-line explanation used in logs, annotations and JUnit messages.</summary>
    public string Message { get; init; } = string.Empty;
}
