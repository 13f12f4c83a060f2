namespace SummEval.Extractive.TextRank;

/// <summary>How a learned clause scorer's probability p (<see cref="TextRankOptions.ClauseScorer"/>) enters a candidate's value.</summary>
public enum ClauseScorerUse
{
    /// <summary>The value with every hand-set prior (role, lead, list, forward coverage, position decay) × p.</summary>
    TimesPriors,

    /// <summary>Its words' centrality × p: the priors are replaced by the model.</summary>
    TimesCentrality,

    /// <summary>p alone (the predicted share of the title the candidate holds; centrality is one of its features).</summary>
    Alone,
}
