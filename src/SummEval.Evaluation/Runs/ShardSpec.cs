using System.Globalization;

namespace SummEval.Runs;

/// <summary>
/// Shard <c>K/N</c> of a run (1-based K): document number <c>i</c> (0-based position in the dataset, after
/// <c>--limit</c>) belongs to shard <c>(i mod N) + 1</c>. Position modulo N keeps shards within one document of
/// each other in size and needs no hashing, and merging by position restores dataset order exactly.
/// </summary>
/// <param name="Index">K, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">N, the number of shards.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c>, e.g. <c>2/4</c>; errors say what is expected.</summary>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            throw new RunException($"--shard '{text}' is not K/N (e.g. 1/4: the first of four shards).");
        }

        if (n < 1 || k < 1 || k > n)
        {
            throw new RunException($"--shard '{text}': K must be between 1 and N (shards are numbered from 1; with a 0-based index use $((INDEX+1))/N).");
        }

        return new ShardSpec(k, n);
    }

    /// <summary>True when the document at 0-based <paramref name="position"/> belongs to this shard.</summary>
    public bool Contains(int position) => position % Count == Index - 1;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
