using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace SummEval.Benchmarks.Growth;

/// <summary>
/// How time and memory grow with the corpus (docs/runs.md, "Growth"): for each size, writes a synthetic corpus
/// (<see cref="SyntheticCorpus"/>), runs the Release CLI unsharded and as N shards plus <c>summeval merge</c>, each in
/// a child process under <c>/usr/bin/time -v</c> (wall time, peak RSS), and checks that the merged leaderboard equals
/// the unsharded one apart from timings. Run:
/// <c>dotnet run -c Release --project benchmarks/SummEval.Benchmarks -- growth [--docs 10000,50000,200000] [--shards 16] [--work DIR] [-s lead-1 -s textrank]</c>.
/// </summary>
internal static class GrowthBenchmark
{
    private sealed record Measured(TimeSpan Wall, long PeakKb);

    public static int Run(string[] args)
    {
        var sizes = (Option(args, "--docs") ?? "10000,50000,200000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var shards = int.Parse(Option(args, "--shards") ?? "16", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "42", CultureInfo.InvariantCulture);
        var work = Path.GetFullPath(Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "summeval-growth"));
        var cli = Path.GetFullPath(Option(args, "--cli") ?? Path.Combine(RepositoryRoot(), "src", "SummEval.Cli", "bin", "Release", "net10.0", "summeval.dll"));
        var summarizers = Options(args, "-s") is { Count: > 0 } given ? given : ["lead-1", "textrank"];
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli}: not built; run `dotnet build -c Release src/SummEval.Cli` (or pass --cli PATH/summeval.dll).");
            return 2;
        }

        if (!File.Exists("/usr/bin/time"))
        {
            Console.Error.WriteLine("/usr/bin/time is missing (Debian: apt-get install time); it measures the children's peak RSS.");
            return 2;
        }

        Console.WriteLine($"growth: {string.Join(", ", summarizers)}; {shards} shards; CLI {cli}; work folder {work}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {CpuName()}, .NET {Environment.Version}; load average at start {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine($"| documents | run wall | run peak RSS | {shards} shard runs, summed wall | merge wall | merge peak RSS | merged = unsharded | load average after |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        var failed = false;
        foreach (var size in sizes)
        {
            var folder = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture));
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            var corpus = $"synthetic-{size}.jsonl";
            SyntheticCorpus.Write(Path.Combine(folder, corpus), size, seed);
            string[] common = ["-d", corpus, .. summarizers.SelectMany(s => new[] { "-s", s })];

            var run = Measure(cli, folder, "run", [.. common, "--out", "unsharded"]);
            var shardWall = TimeSpan.Zero;
            for (var k = 1; k <= shards; k++)
            {
                shardWall += Measure(cli, folder, $"shard-{k}", [.. common, "--shard", $"{k}/{shards}", "--out", $"shard-{k}"], "run").Wall;
            }

            var merge = Measure(cli, folder, "merge", ["merge", .. Enumerable.Range(1, shards).Select(k => $"shard-{k}"), "--out", "merged"], command: null);
            var same = SameLeaderboard(Path.Combine(folder, "unsharded", "leaderboard.json"), Path.Combine(folder, "merged", "leaderboard.json"));
            failed |= !same;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {size:N0} | {Seconds(run.Wall)} | {Megabytes(run.PeakKb)} | {Seconds(shardWall)} | {Seconds(merge.Wall)} | {Megabytes(merge.PeakKb)} | {(same ? "yes" : "NO")} | {LoadAverage()} |"));
        }

        return failed ? 1 : 0;
    }

    // One CLI invocation under /usr/bin/time -v; its stdout and stderr go to NAME.log in the folder, time's report to NAME.time.
    private static Measured Measure(string cli, string folder, string name, string[] arguments, string? command = "run")
    {
        var timeFile = Path.Combine(folder, name + ".time");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-v", "-o", timeFile, "dotnet", cli, .. command is null ? [] : new[] { command }, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CI"] = "true";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        File.WriteAllText(Path.Combine(folder, name + ".log"), output.Result + error.Result);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name} exited {process.ExitCode}; see {Path.Combine(folder, name + ".log")}");
        }

        var peak = File.ReadLines(timeFile)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("Maximum resident set size (kbytes):", StringComparison.Ordinal))
            .Select(line => long.Parse(line[(line.LastIndexOf(':') + 1)..].Trim(), CultureInfo.InvariantCulture))
            .Single();
        return new Measured(clock.Elapsed, peak);
    }

    // Equal apart from the timing fields, which the docs say may differ between a sharded and an unsharded run.
    private static bool SameLeaderboard(string left, string right)
    {
        static JsonNode Strip(string path)
        {
            var node = JsonNode.Parse(File.ReadAllText(path))!;
            foreach (var entry in node["entries"]!.AsArray())
            {
                entry!.AsObject().Remove("latencyMs");
                entry.AsObject().Remove("docsPerSecond");
            }

            return node;
        }

        return JsonNode.DeepEquals(Strip(left), Strip(right));
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Megabytes(long kb) => (kb / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MB";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string CpuName() => File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
        : "?";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SummEval.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static List<string> Options(string[] args, string name) =>
        args.Select((a, i) => (a, i)).Where(x => x.a == name && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
}
