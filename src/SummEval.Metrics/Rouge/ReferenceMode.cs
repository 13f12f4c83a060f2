namespace SummEval.Metrics;

/// <summary>How several references of one document are combined.</summary>
public enum ReferenceMode
{
    /// <summary>ROUGE-1.5.5 <c>-f A</c>: hits and reference counts are summed over references, the candidate count is taken once per reference.</summary>
    Pooled,

    /// <summary>Per metric independently, the reference giving the highest F1 (the first one on ties), as rouge-score's <c>score_multi</c>.</summary>
    Best,
}
