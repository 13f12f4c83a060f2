namespace SummEval.Leaderboards;

/// <summary>A ranked leaderboard: entries in rank order (best ROUGE-L F1 first; oracles after the others unless ranked with them).</summary>
/// <param name="Dataset">The dataset's display name.</param>
/// <param name="Count">Documents every entry was scored on.</param>
/// <param name="MaxChars">The length budget.</param>
/// <param name="Entries">The rows in rank order.</param>
public sealed record Leaderboard(string Dataset, int Count, int? MaxChars, IReadOnlyList<LeaderboardEntry> Entries)
{
    /// <summary>True when oracles were ranked with the others rather than listed after them, unranked.</summary>
    public bool OraclesRanked { get; init; }

    /// <summary>What the ranking follows: ROUGE-L F1 unless the run asked for a judged score.</summary>
    public RankKey RankedBy { get; init; } = RankKey.RougeL;
}
