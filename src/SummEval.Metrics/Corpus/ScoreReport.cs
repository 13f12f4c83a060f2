namespace SummEval.Metrics;

/// <summary>Corpus scores of one system: ROUGE means with confidence intervals, length adherence and the per-document scores.</summary>
/// <param name="Rouge1">ROUGE-1 means.</param>
/// <param name="Rouge2">ROUGE-2 means.</param>
/// <param name="RougeL">ROUGE-L means.</param>
/// <param name="Length">Length statistics against the budget.</param>
/// <param name="Count">Number of documents.</param>
/// <param name="PerDoc">Per-document scores in input order.</param>
public sealed record ScoreReport(MetricSummary Rouge1, MetricSummary Rouge2, MetricSummary RougeL,
                                 LengthStats Length, int Count, IReadOnlyList<DocumentScore> PerDoc)
{
    /// <summary>Corpus extractiveness, novelty and repetition; null unless every document was scored against its source.</summary>
    public NoveltySummary? Novelty { get; init; }
}
