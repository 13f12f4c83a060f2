using System.CommandLine;
using SummEval.Cli.Regression;
using SummEval.Reports.Regression;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval check --baseline B --current C</c>: the CI quality gate. With per-document data on both sides (run
/// folders, a baseline file) every summarizer × metric is decided by a paired bootstrap over the shared documents;
/// with a plain leaderboard.json baseline, corpus means are compared against the tolerance as before. Exit 0 when
/// nothing regressed, 1 when something did, 2 for unreadable or incomparable input.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var baseline = new Option<string>("--baseline") { Description = "A run folder, a baseline file (`summeval baseline`), or a plain leaderboard.json (corpus figures only).", Required = true };
        var current = new Option<string>("--current") { Description = "This build's run folder (or its leaderboard.json, with run.db beside it).", Required = true };
        var format = new Option<string>("--format") { Description = "text, or github: ::error/::warning annotations and the table in $GITHUB_STEP_SUMMARY.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github");
        var junit = new Option<string?>("--junit") { Description = "Write JUnit XML here: one test case per summarizer and metric, a regression is a failure." };
        var shared = new RegressionOptionSet();
        var command = new Command("check", "The CI quality gate: compare this build's run with a baseline; exit 1 on a regression.")
        {
            baseline, current, format, junit,
        };
        foreach (var option in shared.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var currentPath = parseResult.GetValue(current)!;
            var result = RegressionPipeline.Compare(parseResult.GetValue(baseline)!, currentPath, shared.Read(parseResult), plainBaselineLeaderboard: true);
            RegressionPipeline.WriteText(Console.Out, result);
            if (parseResult.GetValue(format) == "github")
            {
                RegressionPipeline.WriteGithub(result);
            }

            if (parseResult.GetValue(junit) is { } junitPath)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(junitPath));
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllBytes(junitPath, JUnitReport.Render(result));
            }

            if (parseResult.GetValue(shared.Report) is { } report)
            {
                RegressionPipeline.WriteReport(report, result, currentPath, parseResult.GetValue(shared.Dataset), parseResult.GetValue(shared.DataDir));
            }

            Console.Out.WriteLine(RegressionFormat.Verdict(result));
            return result.Failed ? 1 : 0;
        });
        return command;
    }
}
