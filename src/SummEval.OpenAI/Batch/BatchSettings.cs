namespace SummEval.OpenAI.Batch;

/// <summary>How the OpenAI summarizers run in batch mode (<c>mode=batch</c>).</summary>
public sealed record BatchSettings
{
    /// <summary>The wait between two polls of a batch.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>New batches for lines a batch left unanswered, after the first one (with <see cref="BatchFallback.Batch"/>).</summary>
    public int Retries { get; init; } = 2;

    /// <summary>Where unanswered lines go.</summary>
    public BatchFallback Fallback { get; init; } = BatchFallback.Batch;
}
