namespace SummEval.Extractive.TextRank;

/// <summary>Which units budgeted selection chooses from.</summary>
public enum SelectionUnit
{
    /// <summary>Sentences when the top-ranked sentence fits the budget, otherwise clauses.</summary>
    Auto,

    /// <summary>Whole sentences only (the best-ranked sentence is cut when none fits).</summary>
    Sentence,

    /// <summary>Clauses (split at ，,；;： and similar) only.</summary>
    Clause,
}

/// <summary>TextRank settings: edge similarity, PageRank damping and selection unit.</summary>
public sealed record TextRankOptions
{
    /// <summary>Edge similarity.</summary>
    public SimilarityKind Similarity { get; init; } = SimilarityKind.Overlap;

    /// <summary>PageRank damping factor d.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Selection unit.</summary>
    public SelectionUnit Unit { get; init; } = SelectionUnit.Auto;
}
