namespace SummEval.Batches;

/// <summary>
/// Durable record of one summarizer's remote batches (in a run, kept in <c>run.db</c>): written before a batch is waited
/// on, so a killed run finds and resumes it.
/// </summary>
public interface IBatchJournal
{
    /// <summary>Every batch recorded for this summarizer, oldest first.</summary>
    IReadOnlyList<BatchRecord> Read();

    /// <summary>Records <paramref name="record"/>, replacing the one with the same <see cref="BatchRecord.InputFileId"/>.</summary>
    void Save(BatchRecord record);

    /// <summary>A folder for local copies of the request and result files, or null to keep none.</summary>
    string? FilesDirectory { get; }
}
