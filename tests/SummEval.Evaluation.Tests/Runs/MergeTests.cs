using System.Text.Json.Nodes;
using SummEval.Datasets;
using SummEval.Evaluation.Tests.Datasets;
using SummEval.Judging;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Runs;
using SummEval.Summarizers;
using Xunit;

namespace SummEval.Evaluation.Tests.Runs;

public sealed class MergeTests : IDisposable
{
    private static readonly string Document5Start = DatasetLoader.LoadSample().Documents[5].Source[..10];
    private readonly TempFiles _temp = new();
    private readonly Dataset _sample = DatasetLoader.LoadSample();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlyList<Contestant> Contestants() =>
    [
        new("first", false, () => new CountingSummarizer()),
        new("fails-sometimes", false, () => new CountingSummarizer { FailOn = ["sample-0003", "sample-0017"] }),
        new("oracle", true, () => new CountingSummarizer()),
    ];

    private async Task<(RunStore Store, RunMetadata Metadata)> RunAsync(string folder, ShardSpec? shard, int? limit = null)
    {
        var plan = new RunPlan { Shard = shard, Limit = limit };
        var documents = plan.Select(_sample.Documents);
        var metadata = new RunMetadata("sample", DatasetFingerprint.Compute(_sample.Documents), _sample.Documents.Count, 20, 42, limit, shard, "char/pooled");
        var store = RunStore.Open(Path.Combine(_temp.Folder, folder));
        store.Claim(metadata);
        var contestants = Contestants();
        store.SetContestants(contestants.Select(c => (c.Label, c.IsOracle)).ToList());
        await RunExecutor.ExecuteAsync(store, documents, contestants, new SummaryOptions { MaxChars = 20, Seed = 42 }, 3);
        RunScoring.ScoreInto(store, documents, contestants, RougeOptions.Character);
        await JudgeRunner.JudgeAsync(store, documents, contestants.Select(c => c.Label).ToList(), new LengthJudge(), 2, CancellationToken.None);
        return (store, metadata);
    }

    private static string Board(RunStore store, RunMetadata metadata)
    {
        var board = LeaderboardBuilder.Build(metadata.Dataset, RunScoring.Collect(store), new CorpusScoreOptions { MaxChars = metadata.MaxChars, Seed = metadata.Seed });
        return WithoutTimings(LeaderboardJson.Serialize(board));
    }

    /// <summary>The leaderboard JSON with the two wall-clock fields removed: everything else must match byte for byte.</summary>
    public static string WithoutTimings(byte[] json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var entry in root["entries"]!.AsArray())
        {
            entry!.AsObject().Remove("latencyMs");
            entry.AsObject().Remove("docsPerSecond");
        }

        return root.ToJsonString();
    }

    [Fact]
    public async Task Four_shards_merged_give_the_unsharded_leaderboard()
    {
        var (whole, wholeMeta) = await RunAsync("whole", null);
        var shards = new List<RunStore>();
        try
        {
            foreach (var k in new[] { 3, 1, 4, 2 })
            {
                shards.Add((await RunAsync($"shard{k}", new ShardSpec(k, 4))).Store);
            }

            Assert.Equal(_sample.Documents.Count, shards.Sum(s => s.ReadScores("first").Count));
            using var merged = RunStore.Open(Path.Combine(_temp.Folder, "merged"));
            var mergedMeta = RunMerger.Merge(shards, merged);
            Assert.Equal(wholeMeta, mergedMeta);
            var expected = Board(whole, wholeMeta);
            Assert.Equal(expected, Board(merged, mergedMeta));
            Assert.Contains("\"judged\"", expected);
            Assert.Contains("\"extractiveness\"", expected);
            Assert.Equal(2, RunScoring.Collect(merged).Single(r => r.Summarizer == "fails-sometimes").Failures);
            Assert.Equal(RunScoring.Predictions(whole, "first"), RunScoring.Predictions(merged, "first"));
        }
        finally
        {
            whole.Dispose();
            shards.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Shards_of_different_builds_are_named_and_the_merged_store_keeps_the_build()
    {
        var one = (await RunAsync("b1", new ShardSpec(1, 2))).Store;
        var two = (await RunAsync("b2", new ShardSpec(2, 2))).Store;
        try
        {
            foreach (var store in new[] { one, two })
            {
                store.RecordBuild("first", "X 1.0 build aaaaaaaaaaaa");
                store.RecordBuild("oracle", "X 1.0 build aaaaaaaaaaaa");
            }

            Assert.Empty(RunMerger.BuildDifferences([one, two]));
            two.RecordBuild("first", "X 1.1 build bbbbbbbbbbbb");
            var difference = Assert.Single(RunMerger.BuildDifferences([one, two]));
            Assert.StartsWith("first: the shards were computed by 2 different builds: X 1.0 build aaaaaaaaaaaa (", difference);
            Assert.Contains("X 1.1 build bbbbbbbbbbbb (" + two.Path + ")", difference);

            using var merged = RunStore.Open(Path.Combine(_temp.Folder, "b-merged"));
            RunMerger.Merge([one, two], merged);
            Assert.Equal("X 1.0 build aaaaaaaaaaaa", merged.ReadBuild("oracle"));
            Assert.Null(merged.ReadBuild("fails-sometimes"));
        }
        finally
        {
            one.Dispose();
            two.Dispose();
        }
    }

    [Fact]
    public async Task Merge_refuses_missing_duplicate_unsharded_and_mismatched_stores()
    {
        var one = (await RunAsync("s1", new ShardSpec(1, 2))).Store;
        var two = (await RunAsync("s2", new ShardSpec(2, 2))).Store;
        var whole = (await RunAsync("whole", null)).Store;
        var limited = (await RunAsync("limited", new ShardSpec(2, 2), limit: 10)).Store;
        using var target = RunStore.Open(Path.Combine(_temp.Folder, "t"));
        try
        {
            Assert.Contains("2/2 are missing", Assert.Throws<RunException>(() => RunMerger.Merge([one], target)).Message);
            Assert.Contains("given twice", Assert.Throws<RunException>(() => RunMerger.Merge([one, one, two], target)).Message);
            Assert.Contains("not a shard", Assert.Throws<RunException>(() => RunMerger.Merge([one, whole], target)).Message);
            var mismatch = Assert.Throws<RunException>(() => RunMerger.Merge([one, limited], target));
            Assert.Contains("limited", mismatch.Message);
            Assert.Contains("--limit", mismatch.Message);
        }
        finally
        {
            foreach (var s in new[] { one, two, whole, limited })
            {
                s.Dispose();
            }
        }
    }

    /// <summary>A deterministic judge: scores from the summary's length, malformed for one document.</summary>
    private sealed class LengthJudge : IJudge
    {
        public string Model => "length-judge";

        public Task<JudgeReply> AskAsync(JudgeRequest request, CancellationToken cancellationToken) => Task.FromResult(new JudgeReply(
            request.Source.StartsWith(Document5Start, StringComparison.Ordinal)
                ? "not json"
                : $"{{\"faithfulness\": {1 + (request.Summary.Length % 5)}, \"informativeness\": {1 + (request.Summary.Length % 3)}, \"reason\": \"r\"}}",
            10,
            2,
            0.001m,
            false));
    }
}
