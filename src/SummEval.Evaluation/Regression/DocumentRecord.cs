namespace SummEval.Regression;

/// <summary>What one summarizer produced for one document and how it scored: the unit a per-document baseline keeps.</summary>
/// <param name="Id">The document id (documents of two runs are matched by it).</param>
/// <param name="Position">The 0-based position in the dataset.</param>
/// <param name="Summary">The summary; empty when the summarizer failed.</param>
/// <param name="Chars">The scored summary's length in code points (0 for a failure).</param>
/// <param name="Rouge1">ROUGE-1 F1.</param>
/// <param name="Rouge2">ROUGE-2 F1.</param>
/// <param name="RougeL">ROUGE-L F1.</param>
/// <param name="Failure">The error message when the summarizer failed, else null.</param>
public sealed record DocumentRecord(string Id, int Position, string Summary, int Chars, double Rouge1, double Rouge2, double RougeL, string? Failure)
{
    /// <summary>True when the summary keeps <paramref name="maxChars"/> (always, without a budget); a failure is an empty summary, so within it.</summary>
    public bool WithinBudget(int? maxChars) => maxChars is not { } max || Chars <= max;
}
