using System.Diagnostics;
using SummEval.Runs;
using Xunit;

namespace SummEval.Cli.Tests.Runs;

/// <summary>A run killed hard (SIGKILL, no chance to clean up) and started again finishes without recomputing what it had stored.</summary>
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

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_killed_run_restarted_recomputes_nothing_it_had_stored()
    {
        var output = Path.Combine(_dir, "out");
        string[] args = ["run", "-s", $"exec:command=python3 slow.py,workdir={_dir}", "--out", output, "--concurrency", "1"];
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(CliRunner.DllPath);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["CI"] = "true";
        using (var process = Process.Start(psi)!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (StoredIds(output).Count < 8)
            {
                Assert.False(process.HasExited, "the run ended before it could be killed");
                Assert.True(DateTime.UtcNow < deadline, "no rows were stored in time");
                await Task.Delay(100);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var stored = StoredIds(output);
        Assert.InRange(stored.Count, 8, 39);
        File.Delete(Path.Combine(_dir, "calls.txt"));

        var rerun = await CliRunner.RunAsync(args);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains($"{40 - stored.Count} of 40 documents to do ({stored.Count} already stored)", rerun.Stderr);
        var recomputed = File.ReadAllLines(Path.Combine(_dir, "calls.txt"));
        Assert.Empty(recomputed.Intersect(stored));
        Assert.Equal(40, stored.Count + recomputed.Length);
        Assert.Equal(40, (int)LeaderboardFiles.Read(output)["count"]!);
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
