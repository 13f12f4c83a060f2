using SummEval.Batches;

namespace SummEval.Runs;

/// <summary>One summarizer's batch journal inside a <see cref="RunStore"/> (table <c>batches</c> of <c>run.db</c>).</summary>
internal sealed class RunBatchJournal(RunStore store, string summarizer, string filesDirectory) : IBatchJournal
{
    /// <inheritdoc />
    public string? FilesDirectory { get; } = filesDirectory;

    /// <inheritdoc />
    public IReadOnlyList<BatchRecord> Read() => store.ReadBatches(summarizer);

    /// <inheritdoc />
    public void Save(BatchRecord record) => store.SaveBatch(summarizer, record);
}
