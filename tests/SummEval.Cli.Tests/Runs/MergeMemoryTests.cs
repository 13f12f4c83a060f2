using SummEval.Metrics;
using SummEval.Runs;
using Xunit;

namespace SummEval.Cli.Tests.Runs;

/// <summary>
/// <c>summeval merge</c> streams shard stores: it merges shards whose summaries, loaded whole, would need several
/// times the managed heap the merge process is allowed (<c>DOTNET_GCHeapHardLimit</c>). A merge that reads a
/// summarizer's rows into a list, or a report or leaderboard step that does, runs out of memory here.
/// </summary>
public sealed class MergeMemoryTests : IDisposable
{
    private const int Shards = 8;
    private const int Documents = 800;
    private const int SummaryChars = 100_000; // 800 x 100,000 UTF-16 chars = 160 MB of summaries in memory, 80 MB on disk

    // The whole process's managed heap; a merge of this size that streams needs a few MB of it.
    private const int HeapLimitBytes = 48 << 20;

    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-merge-memory-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Merging_shards_larger_than_the_heap_streams_them()
    {
        var folders = Enumerable.Range(1, Shards).Select(k => WriteShard(k)).ToList();
        var merged = Path.Combine(_dir, "merged");

        var merge = await CliRunner.RunAsync(
            ["merge", .. folders, "--out", merged],
            environment: new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = HeapLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal(Documents, (int)LeaderboardFiles.Read(merged)["count"]!);
        using var store = RunStore.OpenExisting(merged);
        Assert.Equal(Enumerable.Range(0, Documents), store.StreamOutcomes("big").Select(o => o.Position));
        Assert.All(store.StreamOutcomes("big"), o => Assert.Equal(Summary(o.Position), o.Summary));
        var predictions = File.ReadLines(Path.Combine(merged, "predictions", "big.jsonl")).Count();
        Assert.Equal(Documents, predictions);
        Assert.True(new FileInfo(Path.Combine(merged, "report.html")).Length > (long)Documents * SummaryChars, "report.html lacks the summaries");
    }

    private static string Summary(int position) => new((char)('a' + (position % 26)), SummaryChars);

    // A finished shard of an 8-way run of one summarizer, written through the store as `summeval run --shard` would.
    private string WriteShard(int k)
    {
        var shard = ShardSpec.Parse($"{k}/{Shards}");
        var folder = Path.Combine(_dir, $"shard-{k}");
        using var store = RunStore.Open(folder);
        store.Claim(new RunMetadata("memory-test.jsonl", "checksum", Documents, 20, 42, null, shard, "char/pooled"));
        store.SetContestants([("big", false)]);
        var positions = Enumerable.Range(0, Documents).Where(shard.Contains).ToList();
        store.Write(positions.Select(p => new DocumentOutcome("big", p, $"d{p:D4}", Summary(p), 1 + (p % 7), null)));
        store.ReplaceScores("big", positions.Select(p =>
        {
            var f = (p % 10) / 10.0;
            return (p, new DocumentScore($"d{p:D4}", new RougeScores(new PrfScore(f, f, f), new PrfScore(f / 2, f / 2, f / 2), new PrfScore(f, f, f)), SummaryChars));
        }));
        return folder;
    }
}
