namespace SummEval.Batches;

/// <summary>A journal kept in memory only (nothing survives the process): for one-off calls outside a run.</summary>
public sealed class MemoryBatchJournal : IBatchJournal
{
    private readonly List<BatchRecord> _records = [];
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public string? FilesDirectory => null;

    /// <inheritdoc />
    public IReadOnlyList<BatchRecord> Read()
    {
        lock (_gate)
        {
            return [.. _records];
        }
    }

    /// <inheritdoc />
    public void Save(BatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            var index = _records.FindIndex(r => r.InputFileId == record.InputFileId);
            if (index >= 0)
            {
                _records[index] = record;
            }
            else
            {
                _records.Add(record);
            }
        }
    }
}
