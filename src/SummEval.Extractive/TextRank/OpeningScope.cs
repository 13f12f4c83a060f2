namespace SummEval.Extractive.TextRank;

/// <summary>In which documents the opening sentence as a whole (framing stripped, cut as lead-1 cuts it) is a selection candidate.</summary>
public enum OpeningScope
{
    /// <summary>Only in plain documents (no section label, no objective clause, few sentences).</summary>
    Plain,

    /// <summary>In every document without an objective clause (labels and length allowed).</summary>
    NoObjective,

    /// <summary>In every document.</summary>
    Always,
}
