using SummEval.Judging;
using SummEval.Metrics;

namespace SummEval.Leaderboards;

/// <summary>Everything a leaderboard needs about one summarizer: per-document scores in dataset order, latencies and failures.</summary>
/// <param name="Summarizer">The full spec.</param>
/// <param name="Oracle">Whether it looked at the references.</param>
/// <param name="PerDoc">One score per document, in dataset order; failed documents score as empty summaries.</param>
/// <param name="LatenciesMs">One wall time per document.</param>
/// <param name="Failures">Documents on which the summarizer threw.</param>
public sealed record ContestantResults(string Summarizer, bool Oracle, IReadOnlyList<DocumentScore> PerDoc, IReadOnlyList<double> LatenciesMs, int Failures)
{
    /// <summary>Summed token usage and cost when the summarizer reported any.</summary>
    public UsageSummary? Usage { get; init; }

    /// <summary>The judge's verdicts on its summaries in dataset order; empty when the run had no judge.</summary>
    public IReadOnlyList<Judgment> Judgments { get; init; } = [];
}
