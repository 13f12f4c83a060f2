using System.Diagnostics;
using SummEval.Runs;
using Xunit;

namespace SummEval.Cli.Tests.Runs;

/// <summary>
/// A run stopped part-way, killed hard (SIGKILL, no chance to clean up) or cancelled by a signal (SIGINT, SIGTERM), and
/// started again finishes without recomputing what it had stored.
/// </summary>
public sealed class KillResumeTests : IDisposable
{
    // Slow on purpose, and logs every document it is asked for, so the test can see exactly what was recomputed.
    private const string Script = """
        import json, sys, time
        for line in sys.stdin:
            req = json.loads(line)
            with open("calls.txt", "a") as log:
                log.write(req["id"] + "\n")
            time.sleep(0.05)
            print(json.dumps({"id": req["id"], "summary": req["text"][: req["maxChars"]]}, ensure_ascii=False), flush=True)
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-kill-").FullName;

    public KillResumeTests() => File.WriteAllText(Path.Combine(_dir, "slow.py"), Script);

    private string Output => Path.Combine(_dir, "out");

    private string[] Args => ["run", "-s", $"exec:command=python3 slow.py,workdir={_dir}", "--out", Output, "--concurrency", "1"];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_killed_run_restarted_recomputes_nothing_it_had_stored()
    {
        using (var process = await StartAndWaitForRowsAsync())
        {
            _ = process.StandardError.ReadToEndAsync();
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        await AssertResumesAsync();
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task A_signalled_run_says_what_it_kept_exits_128_plus_the_signal_and_resumes(string signal, int exitCode)
    {
        using (var process = await StartAndWaitForRowsAsync())
        {
            var stderr = process.StandardError.ReadToEndAsync();
            CliRunner.Signal(process, signal);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal(exitCode, process.ExitCode);
            Assert.EndsWith(
                $"summeval: cancelled: the summaries finished are kept in {Path.Combine(Output, RunStore.FileName)}; rerunning the same command resumes.\n",
                await stderr);
        }

        await AssertResumesAsync();
    }

    // The run, once it has stored a few rows; stdout is drained (stderr is left to the caller).
    private async Task<Process> StartAndWaitForRowsAsync()
    {
        var process = CliRunner.Start(Args);
        _ = process.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (StoredIds(Output).Count < 8)
        {
            Assert.False(process.HasExited, "the run ended before it could be stopped");
            Assert.True(DateTime.UtcNow < deadline, "no rows were stored in time");
            await Task.Delay(100);
        }

        return process;
    }

    private async Task AssertResumesAsync()
    {
        var stored = StoredIds(Output);
        Assert.InRange(stored.Count, 8, 39);
        File.Delete(Path.Combine(_dir, "calls.txt"));

        var rerun = await CliRunner.RunAsync(Args);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains($"{40 - stored.Count} of 40 documents to do ({stored.Count} already stored)", rerun.Stderr);
        var recomputed = File.ReadAllLines(Path.Combine(_dir, "calls.txt"));
        Assert.Empty(recomputed.Intersect(stored));
        Assert.Equal(40, stored.Count + recomputed.Length);
        Assert.Equal(40, (int)LeaderboardFiles.Read(Output)["count"]!);
    }

    private static HashSet<string> StoredIds(string output)
    {
        if (!File.Exists(Path.Combine(output, RunStore.FileName)))
        {
            return [];
        }

        try
        {
            using var store = RunStore.Open(output);
            return store.ReadContestants() is [var (label, _)] ? store.CompletedIds(label) : [];
        }
        catch (RunException)
        {
            return []; // the database is being created by the run
        }
    }
}
