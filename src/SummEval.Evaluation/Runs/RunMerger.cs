using SummEval.Text;

namespace SummEval.Runs;

/// <summary>
/// Combines the stores of a sharded run (<c>--shard 1/N</c> ... <c>N/N</c>) into one store equal to the unsharded
/// run's: same metadata (without a shard), same contestants, every row and per-document score. Rows are streamed
/// from the shards into the target in dataset order, one per shard in memory at a time, so merging 200,000
/// documents needs no more memory than merging 2,000 (docs/runs.md, "Growth").
/// </summary>
public static class RunMerger
{
    /// <summary>
    /// Checks that <paramref name="shards"/> are the complete, finished shards of one run and copies them into
    /// <paramref name="target"/>; any mismatch is a <see cref="RunException"/> naming the store at fault.
    /// </summary>
    public static RunMetadata Merge(IReadOnlyList<RunStore> shards, RunStore target)
    {
        ArgumentNullException.ThrowIfNull(shards);
        ArgumentNullException.ThrowIfNull(target);
        if (shards.Count == 0)
        {
            throw new RunException("merge needs at least one shard output folder.");
        }

        var metadata = shards.Select(s => s.ReadMetadata()!).ToList();
        var first = metadata[0];
        var contestants = shards[0].ReadContestants();
        for (var i = 0; i < shards.Count; i++)
        {
            var m = metadata[i];
            if (m.Shard is null)
            {
                throw new RunException($"{shards[i].Path}: not a shard (it was run without --shard).");
            }

            var unsharded = m with { Shard = null };
            var reason = (first with { Shard = null }).Conflict(unsharded)
                ?? (m.Limit != first.Limit ? $"--limit {m.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} differs" : null)
                ?? (m.Rouge != first.Rouge ? $"ROUGE settings {m.Rouge} differ from {first.Rouge}" : null)
                ?? (m.Shard.Count != first.Shard!.Count ? $"it is shard {m.Shard} of a {m.Shard.Count}-way run, not {first.Shard.Count}-way" : null)
                ?? (!shards[i].ReadContestants().SequenceEqual(contestants) ? "its summarizers differ from the first shard's" : null);
            if (reason is not null)
            {
                throw new RunException($"{shards[i].Path}: does not belong with {shards[0].Path}: {reason}.");
            }
        }

        var n = first.Shard!.Count;
        var duplicate = metadata.GroupBy(m => m.Shard!.Index).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RunException($"shard {duplicate.Key}/{n} is given twice.");
        }

        var missing = Enumerable.Range(1, n).Except(metadata.Select(m => m.Shard!.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new RunException($"shards {string.Join(", ", missing.Select(k => $"{k}/{n}"))} are missing; give all {n} shard folders.");
        }

        for (var i = 0; i < shards.Count; i++)
        {
            var expected = Enumerable.Range(0, first.SelectedCount).Count(metadata[i].Shard!.Contains);
            foreach (var (summarizer, _) in contestants)
            {
                var scored = shards[i].CountScores(summarizer);
                if (scored != expected)
                {
                    throw new RunException($"{shards[i].Path}: '{summarizer}' has {scored} of {Quantity.Of(expected, "document")} scored; finish that shard (run it again) before merging.");
                }
            }
        }

        var merged = first with { Shard = null };
        target.Claim(merged);
        target.SetContestants(contestants);
        foreach (var (summarizer, _) in contestants)
        {
            target.Write(OrderedMerge.By([.. shards.Select(s => s.StreamOutcomes(summarizer))], o => o.Position));
            target.ReplaceScores(summarizer, OrderedMerge.By([.. shards.Select(s => s.StreamScores(summarizer))], s => s.Position));

            // Judgments in dataset order, so the merged judged intervals equal the unsharded run's.
            var judgments = OrderedMerge.By([.. shards.Select(s => s.StreamJudgments(summarizer, byPosition: true))], j => j.Position);
            target.ReplaceJudgments(summarizer, judgments.Select(j => j.Judgment));
            if (shards[0].ReadBuild(summarizer) is { } build)
            {
                target.RecordBuild(summarizer, build);
            }
        }

        return merged;
    }

    /// <summary>
    /// One message per summarizer whose shards were computed by different builds (see <see cref="BuildStamp"/>), naming
    /// each build and its shards; empty when all agree. Shards of one leaderboard should come from one build.
    /// </summary>
    public static IReadOnlyList<string> BuildDifferences(IReadOnlyList<RunStore> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        var messages = new List<string>();
        if (shards.Count == 0)
        {
            return messages;
        }

        foreach (var (summarizer, _) in shards[0].ReadContestants())
        {
            var builds = shards
                .Select(s => (Store: s, Build: s.ReadBuild(summarizer)))
                .Where(x => x.Build is not null)
                .GroupBy(x => x.Build!, StringComparer.Ordinal)
                .ToList();
            if (builds.Count > 1)
            {
                messages.Add($"{summarizer}: the shards were computed by {builds.Count} different builds: " +
                    string.Join("; ", builds.Select(g => $"{g.Key} ({string.Join(", ", g.Select(x => x.Store.Path))})")) + ".");
            }
        }

        return messages;
    }
}
