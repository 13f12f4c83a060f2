using SummEval.Summarizers;

namespace SummEval.Batches;

/// <summary>One document's outcome in a batch: its summary, or the error that failed it.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Result">The summary, or null when the document failed.</param>
/// <param name="Error">Why the document failed, or null.</param>
public sealed record BatchItem(string DocumentId, SummaryResult? Result, Exception? Error);
