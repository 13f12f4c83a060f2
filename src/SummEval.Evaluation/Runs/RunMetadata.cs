using SummEval.Text;

namespace SummEval.Runs;

/// <summary>
/// What a store was made for. A store is resumed only by a run over the same dataset content, budget, seed and
/// shard; <see cref="Limit"/> and the summarizer list may change between runs (rows are keyed by spec and id).
/// </summary>
/// <param name="Dataset">Display name of the dataset (<c>csl:test</c>, a file name).</param>
/// <param name="DatasetChecksum">SHA-256 of the whole dataset's ids, sources and references (see <see cref="DatasetFingerprint"/>).</param>
/// <param name="DatasetCount">Documents in the whole dataset.</param>
/// <param name="MaxChars">The length budget.</param>
/// <param name="Seed">The seed for summarizers and bootstrap intervals.</param>
/// <param name="Limit">Only the first N documents, or null for all.</param>
/// <param name="Shard">This store's shard, or null for an unsharded run.</param>
/// <param name="Rouge">The ROUGE settings the stored per-document scores were computed with (e.g. <c>char/pooled</c>).</param>
public sealed record RunMetadata(
    string Dataset,
    string DatasetChecksum,
    int DatasetCount,
    int? MaxChars,
    int Seed,
    int? Limit,
    ShardSpec? Shard,
    string Rouge)
{
    /// <summary>Documents the run covers before sharding: the dataset, cut to the limit.</summary>
    public int SelectedCount => Limit is { } l ? Math.Min(l, DatasetCount) : DatasetCount;

    /// <summary>Why a store made with <paramref name="stored"/> cannot take rows from a run made with this, or null.</summary>
    public string? Conflict(RunMetadata stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.DatasetChecksum != DatasetChecksum)
        {
            return $"it holds results for dataset '{stored.Dataset}' (sha256 {stored.DatasetChecksum[..12]}..., {Quantity.Of(stored.DatasetCount, "document")}), not '{Dataset}' (sha256 {DatasetChecksum[..12]}..., {Quantity.Of(DatasetCount, "document")})";
        }

        if (stored.MaxChars != MaxChars)
        {
            return $"it was made with maxChars {Show(stored.MaxChars)}, this run uses {Show(MaxChars)}";
        }

        if (stored.Seed != Seed)
        {
            return $"it was made with seed {stored.Seed}, this run uses {Seed}";
        }

        if (!Equals(stored.Shard, Shard))
        {
            return $"it holds shard {stored.Shard?.ToString() ?? "(none)"}, this run is shard {Shard?.ToString() ?? "(none)"}";
        }

        return null;
    }

    private static string Show(int? maxChars) => maxChars?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)";
}
