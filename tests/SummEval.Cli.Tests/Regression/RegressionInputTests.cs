using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Regression;

/// <summary>What the gate refuses (exit 2, naming the mismatch) and what it keeps doing as before (a plain leaderboard.json baseline).</summary>
public sealed class RegressionInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-regression-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<string> Run(string name, params string[] extra)
    {
        var output = Path.Combine(_dir, name);
        var result = await CliRunner.RunAsync(["run", "--limit", "12", "--out", output, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return output;
    }

    [Fact]
    public async Task Runs_of_another_budget_tokenization_reference_mode_or_dataset_exit_2_naming_the_mismatch()
    {
        var baseline = await Run("base", "-s", "lead-1");
        var budget = await Run("budget", "-s", "lead-1", "--max-chars", "30");
        var word = await Run("word", "-s", "lead-1", "--tokenize", "word");
        var best = await Run("best", "-s", "lead-1", "--references", "best");
        var data = Path.Combine(_dir, "other.jsonl");
        await File.WriteAllTextAsync(data, "{\"id\":\"x1\",\"content\":\"一种新的方法。它很好。\",\"title\":\"新方法\"}\n");
        var other = await Run("other", "-s", "lead-1", "-d", data);

        foreach (var (current, expected) in new[]
        {
            (budget, "budget differs: baseline maxChars 20, current 30"),
            (word, "tokenization differs: baseline char, current jieba"),
            (best, "reference mode differs: baseline pooled, current best"),
            (other, "dataset differs: baseline 'sample'"),
        })
        {
            var result = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("the runs are not comparable: " + expected, result.Stderr);
        }
    }

    [Fact]
    public async Task A_vanished_summarizer_fails_and_a_current_side_without_per_document_data_is_refused()
    {
        var baseline = await Run("two", "-s", "lead-1", "-s", "lead-chars");
        var current = await Run("one", "-s", "lead-1");
        var result = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", current);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("REGRESSION: 'lead-chars' vanished: it is in the baseline but not in the current run", result.Stdout);

        var lone = Path.Combine(_dir, "lone", "leaderboard.json");
        Directory.CreateDirectory(Path.GetDirectoryName(lone)!);
        File.Copy(Path.Combine(current, "leaderboard.json"), lone);
        var refused = await CliRunner.RunAsync("check", "--baseline", baseline, "--current", lone);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("no per-document data", refused.Stderr);

        // compare shows the same without gating.
        var compare = await CliRunner.RunAsync("compare", baseline, current, "--report", Path.Combine(_dir, "cmp"));
        Assert.True(compare.ExitCode == 0, compare.ToString());
        Assert.Contains("REGRESSION: 'lead-chars' vanished", compare.Stdout);
        Assert.True(File.Exists(Path.Combine(_dir, "cmp", "regression.html")));
        Assert.Contains("sample", await File.ReadAllTextAsync(Path.Combine(_dir, "cmp", "regression.md")));
    }

    [Fact]
    public async Task The_committed_leaderboard_baseline_still_gates_as_before()
    {
        var committed = Path.Combine(SharedData.RepositoryRoot, "eval-data", "baselines", "csl-test-20.json");
        var same = await CliRunner.RunAsync("check", "--baseline", committed, "--current", committed);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("corpus-level comparison only", same.Stdout);
        Assert.Contains("check passed", same.Stdout);

        var board = JsonNode.Parse(await File.ReadAllTextAsync(committed))!;
        var textrank = board["entries"]!.AsArray().First(e => (string)e!["summarizer"]! == "textrank")!;
        var before = (double)textrank["rougeL"]!["f"]!;
        textrank["rougeL"]!["f"] = before - 0.01;
        var lower = Path.Combine(_dir, "lower.json");
        await File.WriteAllTextAsync(lower, board.ToJsonString());
        var result = await CliRunner.RunAsync("check", "--baseline", committed, "--current", lower);
        Assert.Equal(1, result.ExitCode);
        // The figures come from the committed baseline, so a baseline refresh does not break this test.
        var was = before.ToString("0.0000", CultureInfo.InvariantCulture);
        var now = (before - 0.01).ToString("0.0000", CultureInfo.InvariantCulture);
        Assert.Matches($@"textrank\s+rougeL\s+{Regex.Escape(was)}\s+{Regex.Escape(now)}\s+-0\.0100\s+REGRESSED", result.Stdout);
        Assert.Contains($"REGRESSION: 'textrank' rougeL dropped 0.0100 ({was} -> {now}), more than 0.005", result.Stdout);
        Assert.Contains("check failed: 1 problem (", result.Stdout);
    }
}
