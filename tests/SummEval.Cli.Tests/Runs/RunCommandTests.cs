using System.Text.Json;
using SummEval.Cli.Tests.Docs;
using SummEval.Runs;
using Xunit;

namespace SummEval.Cli.Tests.Runs;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task One_document_and_one_summarizer_are_counted_in_the_singular()
    {
        var output = Path.Combine(_dir, "one");
        var result = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "1", "--max-chars", "1", "--out", output]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Running 1 summarizer on sample: 1 document ", result.Stderr);
        Assert.Contains("lead-1: 1 document\n", result.Stderr);
        Assert.Contains("\n1 document, budget 1 character; ", result.Stdout);
        Assert.Contains("\n1 document, budget 1 character; ", File.ReadAllText(Path.Combine(output, "leaderboard.md")));
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("</b> · 1 document · budget 1 character · 1 summarizer</p>", report);
        Assert.DoesNotMatch(@"\b1 (documents|summarizers|characters|summaries)\b", result.Stdout + result.Stderr + report);

        var dry = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "1", "--out", Path.Combine(_dir, "dry"), "--dry-run"]);
        Assert.StartsWith("Dry run over 1 document: nothing was sent.", dry.Stdout);
    }

    [Fact]
    public async Task With_no_arguments_it_ranks_the_local_summarizers_on_the_sample_with_oracles_marked_after_them()
    {
        // As on a fresh clone: an empty data folder (nothing pulled, no model trained).
        var data = Directory.CreateDirectory(Path.Combine(_dir, "data")).FullName;
        var result = await CliRunner.RunAsync(["run"], workingDirectory: _dir, environment: new Dictionary<string, string?> { ["SUMMEVAL_DATA"] = data });
        Assert.True(result.ExitCode == 0, result.ToString());
        var output = Path.Combine(_dir, "summeval-out");
        var board = LeaderboardFiles.Read(output);
        Assert.Equal("sample", (string?)board["dataset"]);
        Assert.Equal(40, (int)board["count"]!);
        Assert.Equal(20, (int)board["maxChars"]!);
        var entries = board["entries"]!.AsArray();
        Assert.Equal(6, entries.Count);

        // The shipped compressive model needs no data pulled, and ranks first.
        Assert.Equal("compressive", (string?)entries[0]!["summarizer"]);
        Assert.Equal(["compressive", "lead-1", "lead-chars", "textrank"], entries.Take(4).Select(e => (string)e!["summarizer"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["oracle-lcs", "oracle-sentence"], entries.Skip(4).Select(e => (string)e!["summarizer"]!).Order(StringComparer.Ordinal));
        Assert.All(entries.Take(4), e => Assert.False((bool)e!["oracle"]!));
        Assert.All(entries.Skip(4), e => Assert.True((bool)e!["oracle"]!));
        var ranked = entries.Take(4).Select(e => (double)e!["rougeL"]!["f"]!).ToList();
        Assert.Equal(ranked.OrderDescending(), ranked);
        Assert.All(entries, e => Assert.Equal(1.0, (double)e!["length"]!["adherence"]!));
        Assert.All(entries, e => Assert.Equal(0, (int)e!["failures"]!));

        // The README's sample column is this run, to the three decimals it shows, for every summarizer it lists.
        var claimed = ReadmeMeasuredTable.Column(ReadmeMeasuredTable.Sample);
        Assert.Equal(["compressive", "lead-1", "lead-chars", "oracle-lcs", "oracle-sentence", "textrank"], claimed.Keys.Order(StringComparer.Ordinal));
        foreach (var e in entries)
        {
            var name = (string)e!["summarizer"]!;
            var f = (double)e["rougeL"]!["f"]!;
            Assert.True(ReadmeMeasuredTable.Figures(claimed[name]).SequenceEqual([Math.Round(f, 3)]), $"README's sample column says {name} {claimed[name]}; the run gives {f:0.0000}");
        }

        Assert.True(File.Exists(Path.Combine(output, "run.db")));
        Assert.Contains("| - | oracle-", File.ReadAllText(Path.Combine(output, "leaderboard.md")));
        foreach (var name in new[] { "lead-1", "lead-chars", "textrank", "compressive", "oracle-sentence", "oracle-lcs" })
        {
            var lines = File.ReadAllLines(Path.Combine(output, "predictions", name + ".jsonl"));
            Assert.Equal(40, lines.Length);
            Assert.All(lines, l => Assert.InRange(JsonDocument.Parse(l).RootElement.GetProperty("summary").GetString()!.EnumerateRunes().Count(), 0, 20));
        }

        Assert.Contains("| 1 |", result.Stdout);

        // report.html: every contestant, and the drill-down carries the dataset's sources and every summary.
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        var sample = SummEval.Datasets.DatasetLoader.Load("sample").Documents;
        Assert.Contains(sample[0].Source, report);
        Assert.Contains(sample[^1].Id, report);
        foreach (var name in new[] { "lead-1", "lead-chars", "textrank", "compressive", "oracle-sentence", "oracle-lcs" })
        {
            Assert.Contains(name, report);
        }

        var firstSummary = JsonDocument.Parse(File.ReadLines(Path.Combine(output, "predictions", "textrank.jsonl")).First()).RootElement.GetProperty("summary").GetString()!;
        Assert.Contains(firstSummary, report);
    }

    [Fact]
    public async Task The_same_inputs_and_seed_give_the_same_leaderboard_whatever_the_concurrency()
    {
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        var ra = await CliRunner.RunAsync(["run", "--limit", "15", "--out", a, "--concurrency", "4"]);
        var rb = await CliRunner.RunAsync(["run", "--limit", "15", "--out", b, "--concurrency", "1"]);
        Assert.True(ra.ExitCode == 0, ra.ToString());
        Assert.True(rb.ExitCode == 0, rb.ToString());
        Assert.Equal(LeaderboardFiles.WithoutTimings(a), LeaderboardFiles.WithoutTimings(b));
        foreach (var file in Directory.GetFiles(Path.Combine(a, "predictions")))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(b, "predictions", Path.GetFileName(file))));
        }

        var seeded = Path.Combine(_dir, "c");
        var rc = await CliRunner.RunAsync(["run", "--limit", "15", "--out", seeded, "--seed", "7"]);
        Assert.True(rc.ExitCode == 0, rc.ToString());
        Assert.NotEqual(LeaderboardFiles.WithoutTimings(a), LeaderboardFiles.WithoutTimings(seeded));
    }

    [Fact]
    public async Task A_rerun_resumes_from_the_store_and_a_different_budget_is_refused()
    {
        var output = Path.Combine(_dir, "out");
        var first = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "5", "--out", output]);
        Assert.True(first.ExitCode == 0, first.ToString());
        var second = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "8", "--out", output]);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("lead-1: 3 of 8 documents to do (5 already stored)", second.Stderr);
        Assert.Equal(8, (int)LeaderboardFiles.Read(output)["count"]!);

        var refused = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "8", "--max-chars", "30", "--out", output]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("cannot resume", refused.Stderr);
        Assert.Contains("maxChars 20", refused.Stderr);
        Assert.Contains("run.db", refused.Stderr);
    }

    [Fact]
    public async Task Resuming_results_of_another_build_warns_naming_both_builds()
    {
        var output = Path.Combine(_dir, "out");
        var first = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "3", "--out", output]);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.DoesNotContain("warning", first.Stderr);
        string build;
        using (var store = RunStore.OpenExisting(output))
        {
            build = store.ReadBuild("lead-1") ?? throw new InvalidOperationException("no build recorded");
            Assert.Matches(@"^SummEval\.Extractive \S+ build [0-9a-f]{12}$", build);
        }

        var same = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "3", "--out", output]);
        Assert.DoesNotContain("warning", same.Stderr);

        using (var store = RunStore.OpenExisting(output))
        {
            store.RecordBuild("lead-1", "SummEval.Extractive 0.0.1+old build 000000000000");
        }

        var other = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "3", "--out", output]);
        Assert.True(other.ExitCode == 0, other.ToString());
        Assert.Contains("warning: lead-1: 3 stored summaries", other.Stderr);
        Assert.Contains("SummEval.Extractive 0.0.1+old build 000000000000; this is " + build, other.Stderr);
        Assert.DoesNotContain("warning", other.Stdout);
    }

    [Fact]
    public async Task A_summarizer_failing_on_some_documents_is_counted_and_the_run_goes_on()
    {
        var predictions = Path.Combine(_dir, "p.jsonl");
        File.WriteAllText(predictions, "{\"id\":\"sample-0000\",\"summary\":\"基于深度学习\"}\n{\"id\":\"sample-0002\",\"summary\":\"图神经网络\"}\n");
        var output = Path.Combine(_dir, "out");
        var result = await CliRunner.RunAsync(["run", "-s", $"file:path={predictions}", "-s", "lead-chars", "--limit", "4", "--out", output]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("has no prediction for document 'sample-0001'", result.Stderr);
        var entries = LeaderboardFiles.Read(output)["entries"]!.AsArray();
        var file = entries.Single(e => ((string)e!["summarizer"]!).StartsWith("file:", StringComparison.Ordinal))!;
        Assert.Equal(2, (int)file["failures"]!);
        Assert.Equal(4, (int)file["count"]!);
        Assert.Equal(2, (int)file["length"]!["empty"]!);
        Assert.Equal(0.5, (double)file["length"]!["adherence"]!); // two summaries within 20 characters, two failures (was 1.0)
        Assert.Equal(0, (int)entries.Single(e => (string)e!["summarizer"]! == "lead-chars")!["failures"]!);
    }

    [Fact]
    public async Task A_rerun_after_its_predictions_file_changed_is_refused_not_reused()
    {
        // Before: "0 of 4 documents to do (4 already stored)" and the old leaderboard, from summaries the file no longer holds.
        var predictions = Path.Combine(_dir, "p.jsonl");
        var ids = Enumerable.Range(0, 4).Select(i => $"sample-{i:0000}").ToList();
        File.WriteAllLines(predictions, ids.Select(id => $"{{\"id\":\"{id}\",\"summary\":\"基于深度学习的中文文本分类方法\"}}"));
        var output = Path.Combine(_dir, "out");
        string[] args = ["run", "-s", $"file:path={predictions}", "--limit", "4", "--out", output];
        Assert.Equal(0, (await CliRunner.RunAsync(args)).ExitCode);
        var first = File.ReadAllText(Path.Combine(output, "leaderboard.json"));

        Assert.Equal(0, (await CliRunner.RunAsync(args)).ExitCode); // unchanged: reused
        File.WriteAllLines(predictions, ids.Select(id => $"{{\"id\":\"{id}\",\"summary\":\"基于\"}}"));
        var changed = await CliRunner.RunAsync([.. args, "-s", "lead-1"]);
        Assert.Equal(2, changed.ExitCode);
        Assert.Contains("were computed from other content of " + predictions, changed.Stderr, StringComparison.Ordinal);
        Assert.Contains("new --out folder", changed.Stderr, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllText(Path.Combine(output, "leaderboard.json"))); // nothing rewritten
        using (var store = RunStore.OpenExisting(output))
        {
            Assert.Equal([$"file:path={predictions}"], store.ReadContestants().Select(c => c.Summarizer)); // the refused run recorded nothing
        }


        var fresh = await CliRunner.RunAsync(["run", "-s", $"file:path={predictions}", "--limit", "4", "--out", Path.Combine(_dir, "fresh")]);
        Assert.True(fresh.ExitCode == 0, fresh.ToString());
    }

    [Fact]
    public async Task A_model_trained_into_the_data_folder_since_is_not_mixed_with_the_shipped_models_summaries()
    {
        var data = Directory.CreateDirectory(Path.Combine(_dir, "data")).FullName;
        var environment = new Dictionary<string, string?> { ["SUMMEVAL_DATA"] = data };
        var output = Path.Combine(_dir, "out");
        string[] args = ["run", "-s", "compressive", "--limit", "3", "--out", output];
        Assert.Equal(0, (await CliRunner.RunAsync(args, environment: environment)).ExitCode);

        // Plain `compressive` now means the data folder's model (any file there: the digest is of its bytes).
        Directory.CreateDirectory(Path.Combine(data, "models"));
        File.Copy(Path.Combine(SummEval.Testing.SharedData.RepositoryRoot, "models", "compressive", "model.zip"), Path.Combine(data, "models", "compressive.zip"));
        var rerun = await CliRunner.RunAsync(args, environment: environment);
        Assert.Equal(2, rerun.ExitCode);
        Assert.Contains("compressive.zip", rerun.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_says_which_fields_it_read_when_it_chose_them()
    {
        // A file with title, text and summary is scored against title (the documented order); before, nothing said so.
        var data = Path.Combine(_dir, "news.jsonl");
        File.WriteAllText(data, "{\"id\":\"a\",\"title\":\"标题\",\"text\":\"正文第一句。第二句。\",\"summary\":\"摘要\"}\n");
        var result = await CliRunner.RunAsync(["run", "-d", data, "-s", "lead-1", "--out", Path.Combine(_dir, "out")]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("news.jsonl: 1 document (source 'text', reference 'title')", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_summarizers_fail_before_any_work_listing_the_valid_ones()
    {
        var output = Path.Combine(_dir, "out");
        var result = await CliRunner.RunAsync(["run", "-s", "lead-1", "-s", "textrnak", "--out", output]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown summarizer 'textrnak'", result.Stderr);
        Assert.Contains("textrank", result.Stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_bad_shard_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["run", "--shard", "0/4", "--out", Path.Combine(_dir, "x")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("K must be between 1 and N", result.Stderr);
    }

    [Fact]
    public async Task A_run_file_is_used_and_the_command_line_overrides_it_with_one_folder_per_dataset()
    {
        var extra = Path.Combine(_dir, "mine.jsonl");
        File.WriteAllText(extra, "{\"id\":\"m1\",\"content\":\"第一句话很长很长很长很长很长。第二句。\",\"title\":\"第一句话\"}\n{\"id\":\"m2\",\"content\":\"另一篇文档。\",\"title\":\"文档\"}\n");
        var config = Path.Combine(_dir, "run.yaml");
        File.WriteAllText(config, """
            datasets: [sample, mine.jsonl]
            summarizers:
              - lead-1
              - name: textrank
                similarity: bm25
            maxChars: 10
            limit: 6
            out: results
            """);
        var result = await CliRunner.RunAsync(["run", "--config", config, "--max-chars", "12"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var sample = LeaderboardFiles.Read(Path.Combine(_dir, "results", "sample"));
        Assert.Equal(12, (int)sample["maxChars"]!);
        Assert.Equal(6, (int)sample["count"]!);
        Assert.Equal(["lead-1", "textrank:similarity=bm25"], LeaderboardFiles.Summarizers(Path.Combine(_dir, "results", "sample")).Order(StringComparer.Ordinal));
        var mine = LeaderboardFiles.Read(Path.Combine(_dir, "results", "mine"));
        Assert.Equal("mine.jsonl", (string?)mine["dataset"]);
        Assert.Equal(2, (int)mine["count"]!);
    }
}
