using SummEval.Metrics;

namespace SummEval.ML.Evaluation;

/// <summary>
/// What <c>mlContext.Summarization.Evaluate</c> returns: character-level ROUGE-1/2/L (ROUGE-1.5.5 semantics) with
/// bootstrap intervals and length adherence, the same figures as <c>summeval score</c> for the same pairs.
/// </summary>
/// <param name="Rouge1">ROUGE-1.</param>
/// <param name="Rouge2">ROUGE-2.</param>
/// <param name="RougeL">ROUGE-L.</param>
/// <param name="LengthAdherence">Share of summaries within the budget (0..1); 1 without a budget.</param>
/// <param name="Count">Number of rows scored.</param>
public sealed record SummarizationMetrics(RougeMetrics Rouge1, RougeMetrics Rouge2, RougeMetrics RougeL, double LengthAdherence, int Count)
{
    /// <summary>The metrics of a harness score report.</summary>
    public static SummarizationMetrics From(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new SummarizationMetrics(Of(report.Rouge1), Of(report.Rouge2), Of(report.RougeL), report.Length.Adherence, report.Count);

        static RougeMetrics Of(MetricSummary s) => new(s.Precision, s.Recall, s.F1, new ConfidenceInterval(s.CiLow, s.CiHigh));
    }
}
