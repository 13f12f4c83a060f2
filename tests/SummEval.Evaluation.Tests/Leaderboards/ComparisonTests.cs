using SummEval.Evaluation.Tests.Datasets;
using SummEval.Leaderboards;
using Xunit;

namespace SummEval.Evaluation.Tests.Leaderboards;

public sealed class ComparisonTests
{
    private static LeaderboardSnapshot Board(params SnapshotEntry[] entries) => new("csl:test", 1000, 20, entries);

    private static SnapshotEntry E(string name, double r1 = 0.4, double r2 = 0.3, double rl = 0.35, double adherence = 1) => new(name, false, r1, r2, rl, adherence);

    [Fact]
    public void Equal_or_better_boards_pass()
    {
        var result = LeaderboardComparison.Compare(Board(E("a"), E("b")), Board(E("a", rl: 0.36), E("b"), E("new")));
        Assert.False(result.Failed);
        Assert.Contains(result.Rows, r => r.Summarizer == "new" && r.Baseline is null && !r.Regressed);
    }

    [Theory]
    [InlineData(0.005, false)]
    [InlineData(0.0051, true)]
    public void A_drop_fails_only_beyond_the_tolerance(double drop, bool fails)
    {
        var result = LeaderboardComparison.Compare(Board(E("a", rl: 0.35)), Board(E("a", rl: 0.35 - drop)), 0.005);
        Assert.Equal(fails, result.Failed);
        Assert.Equal(fails, result.Rows.Single(r => r.Metric == "rougeL").Regressed);
    }

    [Theory]
    [InlineData("rouge1")]
    [InlineData("rouge2")]
    [InlineData("adherence")]
    public void Every_gated_metric_can_fail(string metric)
    {
        var worse = metric switch
        {
            "rouge1" => E("a", r1: 0.3),
            "rouge2" => E("a", r2: 0.2),
            _ => E("a", adherence: 0.9),
        };
        var result = LeaderboardComparison.Compare(Board(E("a")), Board(worse));
        Assert.True(result.Failed);
        Assert.Contains(metric, Assert.Single(result.Problems));
    }

    [Fact]
    public void A_summarizer_that_disappears_fails()
    {
        var result = LeaderboardComparison.Compare(Board(E("a"), E("b")), Board(E("a")));
        Assert.True(result.Failed);
        Assert.Equal("'b' disappeared", Assert.Single(result.Problems));
    }

    [Fact]
    public void Boards_of_another_dataset_size_or_budget_fail()
    {
        var result = LeaderboardComparison.Compare(Board(E("a")), new LeaderboardSnapshot("sample", 40, 30, [E("a")]));
        Assert.Equal(3, result.Problems.Count);
    }

    [Fact]
    public void Reading_names_the_file_and_the_missing_field()
    {
        using var temp = new TempFiles();
        var bad = temp.Write("b.json", "{\"dataset\":\"x\",\"count\":1,\"maxChars\":20,\"entries\":[{\"summarizer\":\"a\",\"rouge1\":{\"f\":0.1},\"rouge2\":{\"f\":0.1},\"rougeL\":{}}]}");
        var ex = Assert.Throws<LeaderboardFileException>(() => LeaderboardSnapshot.Read(bad));
        Assert.Contains("b.json", ex.Message);
        Assert.Contains("entries[0].rougeL.f", ex.Message);
        var notJson = temp.Write("c.json", "{oops");
        Assert.Contains("not valid JSON", Assert.Throws<LeaderboardFileException>(() => LeaderboardSnapshot.Read(notJson)).Message);
        Assert.Contains("cannot read", Assert.Throws<LeaderboardFileException>(() => LeaderboardSnapshot.Read(Path.Combine(temp.Folder, "none.json"))).Message);
    }
}
