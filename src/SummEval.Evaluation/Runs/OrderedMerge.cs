namespace SummEval.Runs;

/// <summary>
/// Interleaves sequences that are each sorted by a key into one sorted sequence, holding one element per source:
/// how shard stores are read back into dataset order without loading any of them whole.
/// </summary>
public static class OrderedMerge
{
    /// <summary>
    /// The elements of <paramref name="sources"/> (each ascending by <paramref name="key"/>) in ascending key order;
    /// equal keys come in source order. Lazy: a source is advanced only when its current element is taken.
    /// </summary>
    public static IEnumerable<T> By<T>(IReadOnlyList<IEnumerable<T>> sources, Func<T, long> key)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(key);
        return Merge(sources, key);
    }

    private static IEnumerable<T> Merge<T>(IReadOnlyList<IEnumerable<T>> sources, Func<T, long> key)
    {
        var cursors = new List<IEnumerator<T>>(sources.Count);
        try
        {
            var queue = new PriorityQueue<int, (long Key, int Source)>(sources.Count);
            for (var i = 0; i < sources.Count; i++)
            {
                cursors.Add(sources[i].GetEnumerator());
                if (cursors[i].MoveNext())
                {
                    queue.Enqueue(i, (key(cursors[i].Current), i));
                }
            }

            while (queue.TryDequeue(out var source, out var priority))
            {
                var cursor = cursors[source];
                yield return cursor.Current;
                if (cursor.MoveNext())
                {
                    var next = key(cursor.Current);
                    if (next < priority.Key)
                    {
                        throw new InvalidOperationException($"source {source} is not sorted: key {next} after {priority.Key}.");
                    }

                    queue.Enqueue(source, (next, source));
                }
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor.Dispose();
            }
        }
    }
}
