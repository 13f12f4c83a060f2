namespace SummEval.Leaderboards;

/// <summary>What orders a leaderboard: ROUGE-L F1 unless the run asks for a judged score (<c>--rank-by</c>).</summary>
public enum RankKey
{
    /// <summary>ROUGE-L F1 (the default).</summary>
    RougeL,

    /// <summary>Mean judged faithfulness; entries without judgments go after the judged ones.</summary>
    Faithfulness,

    /// <summary>Mean judged informativeness; entries without judgments go after the judged ones.</summary>
    Informativeness,
}
