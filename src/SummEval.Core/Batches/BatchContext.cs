namespace SummEval.Batches;

/// <summary>What a <see cref="IBatchSummarizer"/> is given besides the documents: where to keep its state and whom to tell.</summary>
/// <param name="Journal">Where the remote batches are recorded (the run store), so a restarted run resumes them.</param>
/// <param name="OnResult">Called once per document with its summary or its failure (from any thread).</param>
public sealed record BatchContext(IBatchJournal Journal, Action<BatchItem> OnResult)
{
    /// <summary>Called on every poll of a remote batch with its state; null ignores progress.</summary>
    public Action<BatchProgress>? OnProgress { get; init; }
}
