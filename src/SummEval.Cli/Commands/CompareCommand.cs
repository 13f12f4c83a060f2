using System.CommandLine;
using SummEval.Cli.Regression;
using SummEval.Reports.Regression;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval compare OUT_A OUT_B [--report DIR]</c>: the regression check's table and report for local use, without
/// gating: exit 0 whatever changed (2 for unreadable or incomparable input).
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var before = new Argument<string>("before") { Description = "The earlier run folder (or a baseline file)." };
        var after = new Argument<string>("after") { Description = "The later run folder." };
        var shared = new RegressionOptionSet();
        var command = new Command("compare", "Compare two runs document by document (paired intervals, the documents that changed most); never fails on a regression.")
        {
            before, after,
        };
        foreach (var option in shared.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var afterPath = parseResult.GetValue(after)!;
            var result = RegressionPipeline.Compare(parseResult.GetValue(before)!, afterPath, shared.Read(parseResult), plainBaselineLeaderboard: false);
            RegressionPipeline.WriteText(Console.Out, result);
            if (parseResult.GetValue(shared.Report) is { } report)
            {
                RegressionPipeline.WriteReport(report, result, afterPath, parseResult.GetValue(shared.Dataset), parseResult.GetValue(shared.DataDir));
            }

            Console.Out.WriteLine(RegressionFormat.Verdict(result).Replace("check ", "compare: ", StringComparison.Ordinal) + " (compare never fails; use `summeval check` to gate)");
            return 0;
        });
        return command;
    }
}
