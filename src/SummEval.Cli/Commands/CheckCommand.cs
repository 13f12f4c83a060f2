using System.CommandLine;
using System.Globalization;
using SummEval.Leaderboards;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval check --baseline B.json --current C.json [--tolerance 0.005]</c>: the CI quality gate. Exit 0 when no
/// summarizer's ROUGE-1/2/L F1 or adherence dropped by more than the tolerance and none disappeared; 1 (with the
/// table of deltas) otherwise; 2 when a file cannot be read.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var baseline = new Option<string>("--baseline") { Description = "The committed leaderboard.json to compare against.", Required = true };
        var current = new Option<string>("--current") { Description = "The leaderboard.json of this build.", Required = true };
        var tolerance = new Option<double>("--tolerance") { Description = "Largest drop allowed (absolute, on a 0-1 scale).", DefaultValueFactory = _ => LeaderboardComparison.DefaultTolerance };
        tolerance.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or double.NaN)
            {
                result.AddError("--tolerance must be zero or more.");
            }
        });
        var command = new Command("check", "Compare two leaderboards; exit 1 when any summarizer's ROUGE or adherence dropped by more than the tolerance.")
        {
            baseline, current, tolerance,
        };
        command.SetAction(parseResult =>
        {
            var before = LeaderboardSnapshot.Read(parseResult.GetValue(baseline)!);
            var after = LeaderboardSnapshot.Read(parseResult.GetValue(current)!);
            var limit = parseResult.GetValue(tolerance);
            var result = LeaderboardComparison.Compare(before, after, limit);
            WriteTable(result);
            foreach (var problem in result.Problems)
            {
                Console.Out.WriteLine($"REGRESSION: {problem}");
            }

            Console.Out.WriteLine(result.Failed
                ? $"check failed: {result.Problems.Count} problem(s) (tolerance {limit.ToString(CultureInfo.InvariantCulture)})."
                : $"check passed: no drop above {limit.ToString(CultureInfo.InvariantCulture)} in {before.Entries.Count} summarizers.");
            return result.Failed ? 1 : 0;
        });
        return command;
    }

    private static void WriteTable(ComparisonResult result)
    {
        // Plain aligned text, not a Spectre table: this is read in CI logs far more often than in a terminal.
        var rows = result.Rows.Select(r => (
            r.Summarizer,
            r.Metric,
            Baseline: Number(r.Baseline),
            Current: Number(r.Current),
            Delta: r.Delta is { } d ? d.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture) : r.Baseline is null ? "new" : "gone",
            Status: r.Regressed ? "REGRESSED" : "ok")).ToList();
        var header = ("summarizer", "metric", "baseline", "current", "delta", "status");
        var widths = new[]
        {
            rows.Select(r => r.Summarizer.Length).Append(header.Item1.Length).Max(),
            rows.Select(r => r.Metric.Length).Append(header.Item2.Length).Max(),
        };
        Console.Out.WriteLine($"{header.Item1.PadRight(widths[0])}  {header.Item2.PadRight(widths[1])}  {header.Item3,8}  {header.Item4,8}  {header.Item5,8}  {header.Item6}");
        foreach (var r in rows)
        {
            Console.Out.WriteLine($"{r.Summarizer.PadRight(widths[0])}  {r.Metric.PadRight(widths[1])}  {r.Baseline,8}  {r.Current,8}  {r.Delta,8}  {r.Status}");
        }
    }

    private static string Number(double? value) => value?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "-";
}
