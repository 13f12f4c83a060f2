namespace SummEval.Regression;

/// <summary>One summarizer's per-document results in a run or a baseline, in dataset order.</summary>
/// <param name="Summarizer">The full spec (summarizers of two runs are matched by it).</param>
/// <param name="Oracle">True for oracles.</param>
/// <param name="Documents">The scored documents, in dataset order.</param>
public sealed record SummarizerRecord(string Summarizer, bool Oracle, IReadOnlyList<DocumentRecord> Documents);
