using System.CommandLine;
using SummEval.Regression;
using SummEval.Runs;
using SummEval.Text;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval baseline --from OUT --out FILE</c>: writes the compact per-document baseline of a run (summaries,
/// lengths, ROUGE F1s per document, gzip-compressed, same run → same bytes) for <c>summeval check --baseline</c>.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The run folder (`summeval run --out`).", Required = true };
        var output = new Option<string>("--out") { Description = "The baseline file to write (e.g. eval-data/baselines/csl-test-20.baseline.json.gz).", Required = true };
        var command = new Command("baseline", "Write a run's per-document results as a compact committed baseline for `summeval check`.")
        {
            from, output,
        };
        command.SetAction(parseResult =>
        {
            RunRecord run;
            using (var store = RunStore.OpenExisting(parseResult.GetValue(from)!))
            {
                run = RunRecord.FromStore(store);
            }

            var path = parseResult.GetValue(output)!;
            BaselineFile.Write(path, run);
            Console.Error.WriteLine($"Baseline: {Quantity.Of(run.Summarizers.Count, "summarizer")} x {Quantity.Of(run.Summarizers.Select(s => s.Documents.Count).DefaultIfEmpty(0).Max(), "document")} of {run.Dataset} -> {Path.GetFullPath(path)} ({new FileInfo(path).Length} bytes).");
            return 0;
        });
        return command;
    }
}
