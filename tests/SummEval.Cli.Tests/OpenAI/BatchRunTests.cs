using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SummEval.Cli.Tests.Runs;
using SummEval.OpenAI.Tests.Fakes;
using SummEval.Runs;
using Xunit;

namespace SummEval.Cli.Tests.OpenAI;

/// <summary>
/// <c>summeval run</c> with <c>mode=batch</c> against the fake server's Batch API (the real CLI in a child process, the
/// real SDK over real HTTP): a run killed while polling and restarted creates no second batch and ranks exactly like a
/// live run over the same stub answers, at half the cost; no file holds the key.
/// </summary>
public sealed class BatchRunTests : IAsyncDisposable
{
    private const int Documents = 8;
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-batch-run-").FullName;
    private readonly FakeOpenAIServer _server = new(apiKey: "sk-test-BATCH-SECRET-5151");

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private const string BatchSpec = "openai-chat:mode=batch,batchPoll=0.05,cache=none";

    private string[] Args(string output, string spec, params string[] extra) =>
        ["run", "-d", "sample", "--limit", Documents.ToString(CultureInfo.InvariantCulture), "--out", Path.Combine(_dir, output), "-s", spec, .. extra];

    private Dictionary<string, string?> Environment => new() { ["OPENAI_API_KEY"] = _server.ApiKey, ["OPENAI_BASE_URL"] = _server.BaseUrl, ["CI"] = "true" };

    [Fact]
    public async Task A_batch_run_killed_while_polling_resumes_the_same_batch_and_ranks_like_a_live_run()
    {
        _server.Batches.Hold = true;
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir };
        psi.ArgumentList.Add(CliRunner.DllPath);
        foreach (var a in Args("batch", BatchSpec))
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in Environment)
        {
            psi.Environment[k] = v;
        }

        using (var process = Process.Start(psi)!)
        {
            var stderr = new StringBuilder();
            process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
            process.BeginErrorReadLine();
            _ = process.StandardOutput.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (_server.Batches.Retrieved < 3)
            {
                Assert.False(process.HasExited, $"the run ended before it could be killed:\n{stderr}");
                Assert.True(DateTime.UtcNow < deadline, "the batch was not polled in time");
                await Task.Delay(20);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // The batch and its files were recorded in run.db before polling began.
        using (var store = RunStore.Open(Path.Combine(_dir, "batch")))
        {
            var label = Assert.Single(store.ReadContestants()).Summarizer;
            var record = Assert.Single(store.ReadBatches(label));
            Assert.Equal(_server.Batches.Created.Single().Id, record.BatchId);
            Assert.StartsWith("file-", record.InputFileId);
            Assert.False(record.Harvested);
            Assert.Empty(store.CompletedIds(label));
        }

        _server.Batches.Hold = false;
        var resumed = await CliRunner.RunAsync(Args("batch", BatchSpec), workingDirectory: _dir, environment: Environment);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Single(_server.Batches.Created);
        Assert.Single(_server.Files, f => f.Purpose == "batch");
        Assert.Equal(0, _server.ModelRequests);
        Assert.Contains("batch batch_0001 completed", resumed.Stderr);

        var live = await CliRunner.RunAsync(Args("live", "openai-chat:cache=none"), workingDirectory: _dir, environment: Environment);
        Assert.True(live.ExitCode == 0, live.ToString());
        Assert.Equal(Documents, _server.ModelRequests);

        var batchEntry = Entry("batch");
        var liveEntry = Entry("live");
        Assert.Equal(Documents, (int)batchEntry["count"]!);
        Assert.Equal(0, (int)batchEntry["failures"]!);
        // Same scores and lengths over the same stub answers; the batch costs half (same tokens, Batch API prices).
        Assert.Equal(Scores(liveEntry), Scores(batchEntry));
        Assert.Equal((long)liveEntry["usage"]!["inputTokens"]!, (long)batchEntry["usage"]!["inputTokens"]!);
        Assert.Equal(StoredCost("live") / 2, StoredCost("batch")); // exact, from run.db (leaderboard.json rounds)

        // The request and result JSONL kept beside run.db, run.db itself, and every output: no key anywhere.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_dir, "batch", "batches"), "*.jsonl", SearchOption.AllDirectories));
        foreach (var file in Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories))
        {
            Assert.False(
                Encoding.UTF8.GetString(File.ReadAllBytes(file)).Contains("BATCH-SECRET", StringComparison.Ordinal),
                $"{Path.GetRelativePath(_dir, file)} holds the API key");
        }

        Assert.DoesNotContain("BATCH-SECRET", resumed.Stdout + resumed.Stderr + live.Stdout + live.Stderr);
    }

    [Fact]
    public async Task Max_cost_in_batch_mode_is_checked_against_the_batch_estimate()
    {
        var dry = await CliRunner.RunAsync(Args("dry", BatchSpec, "--dry-run"), workingDirectory: _dir, environment: Environment);
        Assert.True(dry.ExitCode == 0, dry.ToString());
        var row = dry.Stdout.Split('\n').Single(l => l.StartsWith("openai-chat", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("batch", row[^1]);
        var live = decimal.Parse(row[5], CultureInfo.InvariantCulture);
        var batch = decimal.Parse(row[6], CultureInfo.InvariantCulture);
        var between = ((live + batch) / 2).ToString(CultureInfo.InvariantCulture);

        // Above the batch estimate but below the live one: live mode refuses, batch mode runs.
        var refused = await CliRunner.RunAsync(Args("live", "openai-chat:cache=none", "--max-cost", between), workingDirectory: _dir, environment: Environment);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("above --max-cost", refused.Stderr);
        var run = await CliRunner.RunAsync(Args("batch", BatchSpec, "--max-cost", between), workingDirectory: _dir, environment: Environment);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(_server.Batches.Created);

        var tooLow = await CliRunner.RunAsync(Args("low", BatchSpec, "--max-cost", (batch / 2).ToString(CultureInfo.InvariantCulture)), workingDirectory: _dir, environment: Environment);
        Assert.Equal(2, tooLow.ExitCode);
        Assert.Single(_server.Batches.Created);
    }

    private JsonObject Entry(string output) => LeaderboardFiles.Read(Path.Combine(_dir, output))["entries"]!.AsArray().Single()!.AsObject();

    private decimal StoredCost(string output)
    {
        using var store = RunStore.OpenExisting(Path.Combine(_dir, output));
        return store.Read(store.ReadContestants().Single().Summarizer).Sum(o => o.Usage!.CostUsd!.Value);
    }

    private static string Scores(JsonObject entry) =>
        string.Join("|", new[] { "rouge1", "rouge2", "rougeL", "length", "count", "extractiveness", "novelNgrams", "repetition" }.Select(k => entry[k]?.ToJsonString()));
}
