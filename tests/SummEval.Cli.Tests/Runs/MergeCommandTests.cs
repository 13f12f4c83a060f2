using Xunit;

namespace SummEval.Cli.Tests.Runs;

public sealed class MergeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-merge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Four_shards_merged_equal_the_unsharded_run()
    {
        var whole = Path.Combine(_dir, "whole");
        var unsharded = await CliRunner.RunAsync(["run", "--out", whole]);
        Assert.True(unsharded.ExitCode == 0, unsharded.ToString());
        var shards = new List<string>();
        foreach (var k in Enumerable.Range(1, 4))
        {
            var folder = Path.Combine(_dir, $"shard-{k}");
            var run = await CliRunner.RunAsync(["run", "--shard", $"{k}/4", "--out", folder]);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(10, (int)LeaderboardFiles.Read(folder)["count"]!);
            shards.Add(folder);
        }

        var merged = Path.Combine(_dir, "merged");
        var merge = await CliRunner.RunAsync(["merge", shards[2], shards[0], shards[3], shards[1], "--out", merged]);
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal(LeaderboardFiles.WithoutTimings(whole), LeaderboardFiles.WithoutTimings(merged));
        foreach (var file in Directory.GetFiles(Path.Combine(whole, "predictions")))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(merged, "predictions", Path.GetFileName(file))));
        }
    }

    [Fact]
    public async Task Merging_an_incomplete_set_of_shards_names_the_missing_ones()
    {
        var one = Path.Combine(_dir, "s1");
        var run = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "6", "--shard", "1/3", "--out", one]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var merge = await CliRunner.RunAsync(["merge", one, "--out", Path.Combine(_dir, "m")]);
        Assert.Equal(2, merge.ExitCode);
        Assert.Contains("shards 2/3, 3/3 are missing", merge.Stderr);
        var notAStore = await CliRunner.RunAsync(["merge", _dir, "--out", Path.Combine(_dir, "m2")]);
        Assert.Equal(2, notAStore.ExitCode);
        Assert.Contains("no run store here", notAStore.Stderr);
    }
}
