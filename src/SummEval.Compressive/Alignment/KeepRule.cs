namespace SummEval.Compressive.Alignment;

/// <summary>When a source word counts as kept, given how many of its characters the alignment uses.</summary>
public enum KeepRule
{
    /// <summary>At least one character aligned.</summary>
    Any,

    /// <summary>More than half of its characters aligned (ties count as kept).</summary>
    Majority,

    /// <summary>Every character aligned.</summary>
    All,
}
