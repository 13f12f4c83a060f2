namespace SummEval.Batches;

/// <summary>One remote batch as recorded in an <see cref="IBatchJournal"/>: its uploaded requests, the batch, its result files.</summary>
/// <param name="InputFileId">The uploaded request file (the record's key).</param>
/// <param name="Requests">Requests in the file.</param>
public sealed record BatchRecord(string InputFileId, int Requests)
{
    /// <summary>The batch id, or null while only the file was uploaded.</summary>
    public string? BatchId { get; init; }

    /// <summary>The provider's last known status (<c>uploaded</c> before the batch exists).</summary>
    public string Status { get; init; } = "uploaded";

    /// <summary>The file of answered requests, once known.</summary>
    public string? OutputFileId { get; init; }

    /// <summary>The file of failed requests, once known.</summary>
    public string? ErrorFileId { get; init; }

    /// <summary>True once its results were collected, so a restarted run need not resume it.</summary>
    public bool Harvested { get; init; }
}
