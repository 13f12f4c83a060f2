using System.CommandLine;
using SummEval.Cli.Runs;
using SummEval.Runs;
using SummEval.Text;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval merge OUT1 OUT2 ... --out DIR</c>: combines the output folders of a sharded run into one store and one
/// leaderboard, identical (intervals included, timings aside) to what the unsharded run with the same seed writes.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("shards") { Description = "The output folders of every shard (`summeval run --shard K/N --out ...`).", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out") { Description = "Folder for the merged run.db, leaderboard and predictions.", Required = true };
        var includeOracles = new Option<bool>("--include-oracles") { Description = "Rank oracles with the others (by default they are listed after them, unranked)." };
        var command = new Command("merge", "Merge the outputs of a sharded run (summeval run --shard K/N) into one leaderboard.")
        {
            shards, outDir, includeOracles,
        };
        command.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(outDir)!;
            var folders = parseResult.GetValue(shards)!;
            if (folders.Any(f => Path.GetFullPath(f) == Path.GetFullPath(target)))
            {
                throw new RunException($"--out {target} is one of the shard folders; merge into a new folder.");
            }

            var stores = new List<RunStore>();
            try
            {
                foreach (var folder in folders)
                {
                    stores.Add(RunStore.OpenExisting(folder));
                }

                using var merged = RunStore.Open(target);
                var metadata = RunMerger.Merge(stores, merged);
                foreach (var difference in RunMerger.BuildDifferences(stores))
                {
                    Console.Error.WriteLine("warning: " + difference);
                }

                var leaderboard = RunPipeline.Publish(target, metadata, merged, parseResult.GetValue(includeOracles), dataset: null);
                LeaderboardConsole.Write(leaderboard);
                Console.Error.WriteLine($"Merged {Quantity.Of(stores.Count, "shard")} ({Quantity.Of(leaderboard.Count, "document")}) into {Path.GetFullPath(target)}.");
                return 0;
            }
            finally
            {
                foreach (var store in stores)
                {
                    store.Dispose();
                }
            }
        });
        return command;
    }
}
