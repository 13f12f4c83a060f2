using System.CommandLine;
using SummEval.Cli.Judging;
using SummEval.Cli.RunFiles;
using SummEval.Cli.Runs;
using SummEval.Cli.Summarizers;
using SummEval.Jieba;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Runs;
using SummEval.Summarizers;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval run</c>: a leaderboard of summarizers on a dataset, resumable, with all outputs in one folder. With no
/// arguments: the local summarizers and the oracles on the built-in sample at 20 characters into <c>./summeval-out</c>.
/// Command-line options override a run file (<c>--config</c>), which overrides the defaults.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var dataset = new Option<string[]>("--dataset", "-d") { Description = "Dataset path or name (sample, csl:test); repeatable: several datasets go to OUT/<dataset>/.", Arity = ArgumentArity.ZeroOrMore };
        var summarizers = new Option<string[]>("--summarizer", "-s") { Description = "Summarizer spec, e.g. textrank:similarity=bm25 (see `summeval list`); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var maxChars = new Option<int?>("--max-chars") { Description = "Length budget in characters (Unicode code points); default 20." };
        var outDir = new Option<string?>("--out") { Description = "Output folder (run.db, leaderboard.json/.md, predictions/); default ./summeval-out." };
        var limit = new Option<int?>("--limit") { Description = "Only the first N documents." };
        var seed = new Option<int?>("--seed") { Description = "Seed for summarizers and bootstrap intervals; default 42." };
        var concurrency = new Option<int?>("--concurrency") { Description = "(Summarizer, document) pairs computed at once; default: the number of cores." };
        var config = new Option<string?>("--config") { Description = "A run file (YAML or JSON); options given here override it." };
        var shard = new Option<string?>("--shard") { Description = "Run shard K/N only (1-based): documents at positions p with p mod N = K-1. Combine with `summeval merge`." };
        var includeOracles = new Option<bool>("--include-oracles") { Description = "Rank oracles with the others (by default they are listed after them, unranked)." };
        var tokenize = new Option<string?>("--tokenize") { Description = "ROUGE tokens: char (default) or word (Jieba)." };
        tokenize.AcceptOnlyFromAmong("char", "word");
        var references = new Option<string?>("--references") { Description = "Several references: pooled (ROUGE-1.5.5, default) or best." };
        references.AcceptOnlyFromAmong("pooled", "best");
        var judge = new Option<string?>("--judge") { Description = "Rate every summary for faithfulness and informativeness (1-5) with this chat model spec, e.g. openai-chat:model=gpt-4o-mini (docs/judging.md)." };
        var rankBy = new Option<string?>("--rank-by") { Description = "Rank by rougeL (default), or by a judged score: faithfulness, informativeness (needs --judge)." };
        rankBy.AcceptOnlyFromAmong("rougeL", "faithfulness", "informativeness");
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what each API summarizer would cost (cached documents, tokens, USD live and batch); send and compute nothing, and need no API key." };
        var maxCost = new Option<decimal?>("--max-cost") { Description = "Refuse to start a run estimated above USD, and stop a run that spends it (finished summaries are kept)." };
        maxCost.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<decimal?>() is < 0)
            {
                result.AddError("--max-cost must be at least 0.");
            }
        });
        var dataDir = DataDirectoryOption.Create();
        var fields = new FieldMappingOptions();
        var command = new Command("run", "Run summarizers on a dataset and write a ranked leaderboard (resumable; see docs/runs.md).")
        {
            dataset, summarizers, maxChars, outDir, limit, seed, concurrency, config, shard, includeOracles, tokenize, references, dataDir, dryRun, maxCost, judge, rankBy,
        };
        fields.AddTo(command);
        foreach (var positive in new[] { maxChars, limit, concurrency })
        {
            positive.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int?>() is <= 0)
                {
                    result.AddError($"{result.Option.Name} must be a positive number.");
                }
            });
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(config) is { } configPath ? RunFileReader.Read(configPath) : null;
            var datasets = parseResult.GetValue(dataset) is { Length: > 0 } d ? d : file?.Datasets is { Count: > 0 } fd ? [.. fd] : new[] { "sample" };
            var tokenizeValue = parseResult.GetValue(tokenize) ?? file?.Tokenize ?? "char";
            var referencesValue = parseResult.GetValue(references) ?? file?.References ?? "pooled";
            var basePlan = new RunPlan
            {
                Summarizers = parseResult.GetValue(summarizers) is { Length: > 0 } s ? s : file?.Summarizers is { Count: > 0 } fs ? fs : RunPlan.DefaultSummarizers,
                MaxChars = parseResult.GetValue(maxChars) ?? file?.MaxChars ?? 20,
                Seed = parseResult.GetValue(seed) ?? file?.Seed ?? 42,
                Limit = parseResult.GetValue(limit) ?? file?.Limit,
                Concurrency = parseResult.GetValue(concurrency) ?? file?.Concurrency ?? Environment.ProcessorCount,
                Shard = parseResult.GetValue(shard) is { } shardText ? ShardSpec.Parse(shardText) : null,
                IncludeOracles = parseResult.GetValue(includeOracles) || (file?.IncludeOracles ?? false),
                Rouge = new RougeOptions
                {
                    Tokenizer = tokenizeValue == "word" ? JiebaSegmenter.Default : null,
                    References = referencesValue == "best" ? ReferenceMode.Best : ReferenceMode.Pooled,
                },
                DataDirectory = parseResult.GetValue(dataDir),
                DryRun = parseResult.GetValue(dryRun),
                MaxCostUsd = parseResult.GetValue(maxCost),
                Judge = parseResult.GetValue(judge),
                RankBy = parseResult.GetValue(rankBy) switch
                {
                    "faithfulness" => RankKey.Faithfulness,
                    "informativeness" => RankKey.Informativeness,
                    _ => RankKey.RougeL,
                },
            };
            var mapping = fields.Apply(parseResult, basePlan.LoadOptions, file?.SourceField, file?.ReferenceFields);
            basePlan = basePlan with { SourceField = mapping.SourceField, ReferenceFields = mapping.ReferenceFields };
            if (basePlan.RankBy != RankKey.RougeL && basePlan.Judge is null)
            {
                throw new SummarizerSpecException($"--rank-by {parseResult.GetValue(rankBy)} ranks by a judged score: give --judge SPEC too.");
            }

            var outRoot = parseResult.GetValue(outDir) ?? file?.Out ?? "summeval-out";
            var catalog = GlobalOptions.Catalog(parseResult, file?.Plugins);
            RunPipeline.Contestants(basePlan.Summarizers, catalog); // every spec checked before any dataset is loaded
            if (basePlan.Judge is { } judgeSpec)
            {
                // A dry run only prices the judge, so it needs no API key.
                IDisposable judge = basePlan.DryRun ? JudgeSpec.Price(judgeSpec, catalog) : JudgeSpec.Create(judgeSpec, catalog);
                judge.Dispose();
            }

            var folders = DatasetFolders.For(datasets);
            for (var i = 0; i < datasets.Length; i++)
            {
                var plan = basePlan with
                {
                    Dataset = datasets[i],
                    OutDirectory = datasets.Length == 1 ? outRoot : Path.Combine(outRoot, folders[i]),
                };
                Leaderboard? leaderboard;
                try
                {
                    leaderboard = await RunPipeline.RunAsync(plan, catalog, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
                {
                    // Outcomes are stored as they finish, so the run can be cancelled without losing them.
                    throw new CommandCancelledException(
                        $"the summaries finished are kept in {Path.Combine(plan.OutDirectory, SummEval.Runs.RunStore.FileName)}; rerunning the same command resumes.", e);
                }

                if (leaderboard is null)
                {
                    continue; // a dry run: the estimate is printed, nothing written
                }

                LeaderboardConsole.Write(leaderboard);
                Console.Error.WriteLine($"Wrote {Path.Combine(plan.OutDirectory, "leaderboard.json")}, leaderboard.md, report.html, predictions/ and {SummEval.Runs.RunStore.FileName}.");
            }

            return 0;
        });
        return command;
    }
}
