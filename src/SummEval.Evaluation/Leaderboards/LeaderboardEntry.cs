using SummEval.Judging;
using SummEval.Metrics;

namespace SummEval.Leaderboards;

/// <summary>One row of a leaderboard.</summary>
/// <param name="Summarizer">The full spec (secrets masked).</param>
/// <param name="Oracle">True for oracles, which see the references; they are not ranked with the others by default.</param>
/// <param name="Score">Corpus ROUGE with bootstrap intervals and length adherence.</param>
/// <param name="Latency">Per-document latency.</param>
/// <param name="DocsPerSecond">Documents per second of summarizer time (one stream; independent of concurrency and sharding).</param>
/// <param name="Failures">Documents on which the summarizer threw (scored as empty summaries).</param>
public sealed record LeaderboardEntry(string Summarizer, bool Oracle, ScoreReport Score, LatencySummary Latency, double DocsPerSecond, int Failures)
{
    /// <summary>Tokens and cost, for summarizers that report them (model APIs); null otherwise.</summary>
    public UsageSummary? Usage { get; init; }

    /// <summary>Judged faithfulness and informativeness with intervals, when a judge rated the summaries; apart from ROUGE.</summary>
    public JudgedSummary? Judged { get; init; }
}
