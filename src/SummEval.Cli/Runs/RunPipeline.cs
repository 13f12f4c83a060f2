using SummEval.Cli.Judging;
using SummEval.Cli.Summarizers;
using SummEval.Datasets;
using SummEval.Judging;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Reports.Html;
using SummEval.Runs;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Cli.Runs;

/// <summary>
/// One leaderboard run end to end: load the data, resolve every spec (all errors before any work), compute what the
/// store lacks, score, rank, and write the outputs. <c>summeval merge</c> shares the last steps, so both produce the
/// same files from the same stored results.
/// </summary>
internal static class RunPipeline
{
    /// <summary>Runs <paramref name="plan"/> and returns its leaderboard (also written to the plan's output folder); null for a dry run.</summary>
    public static async Task<Leaderboard?> RunAsync(RunPlan plan, SummarizerCatalog catalog, CancellationToken cancellationToken)
    {
        var contestants = Contestants(plan.Summarizers, catalog);
        var dataset = DatasetLoader.Load(plan.Dataset, plan.LoadOptions);
        var documents = plan.Select(dataset.Documents);
        var metadata = new RunMetadata(
            dataset.Name,
            DatasetFingerprint.Compute(dataset.Documents),
            dataset.Documents.Count,
            plan.MaxChars,
            plan.Seed,
            plan.Limit,
            plan.Shard,
            RunScoring.Label(plan.Rouge));

        var summaryOptions = new SummaryOptions { MaxChars = plan.MaxChars, Seed = plan.Seed };

        // The judge is created before anything runs: a bad spec fails first, and its cost counts in the estimate. A dry run
        // only prices it, so it needs no API key.
        using var judge = plan.Judge is { } judgeSpec && !plan.DryRun ? JudgeSpec.Create(judgeSpec, catalog) : null;
        List<SummarizerEstimate>? estimates = null;
        if (plan.DryRun || plan.MaxCostUsd is not null)
        {
            estimates = (await RunCostPlanner.EstimateAsync(plan.OutDirectory, documents, contestants, summaryOptions).ConfigureAwait(false)).ToList();
            if (judge is not null)
            {
                estimates.Add(RunCostPlanner.EstimateJudge(plan.OutDirectory, documents, contestants, summaryOptions, judge.Pricing));
            }
            else if (plan.Judge is { } spec)
            {
                using var pricing = JudgeSpec.Price(spec, catalog);
                estimates.Add(RunCostPlanner.EstimateJudge(plan.OutDirectory, documents, contestants, summaryOptions, pricing));
            }

            if (plan.DryRun)
            {
                RunCostPlanner.Write(Console.Out, estimates, documents.Count);
                return null;
            }

            var total = RunCostPlanner.Total(estimates);
            if (total is null)
            {
                Console.Error.WriteLine("warning: --max-cost: a model's price is unknown, so the estimate is incomplete; the run is still stopped when what it spends reaches the limit.");
            }
            else if (total > plan.MaxCostUsd)
            {
                throw new RunException(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"the run is estimated at {total:0.######} USD, above --max-cost {plan.MaxCostUsd:0.######}; nothing was sent (summeval run --dry-run shows the estimate per summarizer)."));
            }
        }

        RefuseMissingRequirements(contestants, estimates);
        using var store = RunStore.Open(plan.OutDirectory);
        store.Claim(metadata);

        // Before the contestants are recorded: a refused run leaves run.db as the last run left it.
        RefuseChangedInputs(store, contestants);
        store.SetContestants(contestants.Select(c => (c.Label, c.IsOracle)).ToList());
        WarnAboutOtherBuilds(store, contestants);
        Console.Error.WriteLine(
            $"Running {Quantity.Of(contestants.Count, "summarizer")} on {dataset.Name}: {Quantity.Of(documents.Count, "document")}{(dataset.Fields is { } fields ? $" ({fields})" : string.Empty)}{(plan.Shard is { } s ? $" (shard {s} of {metadata.SelectedCount})" : string.Empty)}, budget {plan.MaxChars?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, into {Path.GetFullPath(plan.OutDirectory)}");
        decimal spent = 0;
        await RunProgressView.RunAsync(async observer => spent = await RunExecutor.ExecuteAsync(
            store,
            documents,
            contestants,
            summaryOptions,
            plan.Concurrency,
            observer,
            plan.MaxCostUsd,
            cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

        RunScoring.ScoreInto(store, documents, contestants, plan.Rouge);
        if (judge is not null)
        {
            // One --max-cost covers the summaries and the verdicts.
            var totals = await JudgeRunner.JudgeAsync(
                store, documents, contestants.Select(c => c.Label).ToList(), judge, plan.Concurrency, plan.MaxCostUsd, spent, cancellationToken).ConfigureAwait(false);
            Console.Error.WriteLine(JudgeLine(totals, judge.Requests));
        }

        return Publish(plan.OutDirectory, metadata, store, plan.IncludeOracles, dataset, plan.RankBy);
    }

    /// <summary>The one line a judged run prints: verdicts, failures, requests, cache hits, tokens and what this run spent.</summary>
    public static string JudgeLine(JudgeTotals totals, int requests)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var cost = totals.CostUsd is { } c ? "$" + c.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture) : "unknown (no price for the model; add prices=...)";
        return $"Judge {totals.Judge} (rubric {totals.Rubric}): {totals.Judged} judged, {totals.Failures} failed, {Quantity.Of(requests, "request")}, {totals.Cached} from cache, " +
            $"{totals.InputTokens} input + {totals.OutputTokens} output tokens, cost of this run {cost}.";
    }

    /// <summary>Builds the leaderboard from <paramref name="store"/> and writes every output into <paramref name="directory"/>.</summary>
    public static Leaderboard Publish(string directory, RunMetadata metadata, RunStore store, bool rankOracles, Dataset? dataset, RankKey rankBy = RankKey.RougeL)
    {
        var options = new CorpusScoreOptions { MaxChars = metadata.MaxChars, Seed = metadata.Seed };
        var leaderboard = LeaderboardBuilder.Build(metadata.Dataset, RunScoring.Collect(store), options, rankOracles, rankBy);
        RunOutputs.Write(directory, leaderboard, store);
        WriteHtmlReport(Path.Combine(directory, "report.html"), leaderboard, store, dataset);
        return leaderboard;
    }

    /// <summary>
    /// Writes <c>report.html</c>. After a merge the dataset is not in hand: it is loaded by name when this machine has
    /// it, and otherwise the drill-down shows ids and summaries without sources (the leaderboard is unaffected).
    /// </summary>
    private static void WriteHtmlReport(string path, Leaderboard leaderboard, RunStore store, Dataset? dataset)
    {
        dataset ??= TryLoad(leaderboard.Dataset);
        // Summaries stream from the store as the page is written: the report's memory does not grow with the run.
        var outcomes = leaderboard.Entries.ToDictionary(e => e.Summarizer, e => store.StreamOutcomes(e.Summarizer), StringComparer.Ordinal);
        var judgments = leaderboard.Entries.ToDictionary(e => e.Summarizer, e => store.ReadJudgments(e.Summarizer), StringComparer.Ordinal);
        HtmlReportWriter.Write(path, LeaderboardReport.Build(leaderboard, outcomes, dataset?.Documents, judgments));
    }

    private static Dataset? TryLoad(string dataset)
    {
        try
        {
            return DatasetLoader.Load(dataset);
        }
        catch (DatasetException)
        {
            return null;
        }
    }

    /// <summary>
    /// Stored results are keyed by spec, so summaries computed from an edited predictions file or a retrained model at the
    /// same path would be reused as if current (before stop 36 they were, silently): refuse, as for a changed dataset.
    /// </summary>
    private static void RefuseChangedInputs(RunStore store, IReadOnlyList<Contestant> contestants)
    {
        foreach (var contestant in contestants)
        {
            var stored = store.CompletedIds(contestant.Label).Count;
            var recorded = store.ReadInputs(contestant.Label);
            if (stored == 0 || recorded is null)
            {
                store.RecordInputs(contestant.Label, contestant.Inputs);
            }
            else if (recorded != contestant.Inputs)
            {
                var files = contestant.InputFiles.Count > 0 ? string.Join(", ", contestant.InputFiles) : "its input files";
                throw new RunException(
                    $"{contestant.Label}: {StoredSummaries(stored, store.Path)} computed from other content of {files} (input digest {recorded}, now {(contestant.Inputs.Length > 0 ? contestant.Inputs : "none")}). " +
                    "Reusing what is stored would report stale results: run into a new --out folder (or delete run.db) to recompute.");
            }
        }
    }

    /// <summary>
    /// Stored results are keyed by spec, so summaries computed by an older build of a summarizer would be reused
    /// silently: say so, naming both builds. The first stamp stays until no results of that build remain.
    /// </summary>
    private static void WarnAboutOtherBuilds(RunStore store, IReadOnlyList<Contestant> contestants)
    {
        foreach (var contestant in contestants.Where(c => c.Build.Length > 0))
        {
            var stored = store.CompletedIds(contestant.Label).Count;
            var build = store.ReadBuild(contestant.Label);
            if (stored == 0 || build is null)
            {
                store.RecordBuild(contestant.Label, contestant.Build);
            }
            else if (build != contestant.Build)
            {
                Console.Error.WriteLine(
                    $"warning: {contestant.Label}: {StoredSummaries(stored, store.Path)} computed by {build}; this is {contestant.Build}. " +
                    "Reused as stored: run into a new --out folder (or delete run.db) to recompute with this build.");
            }
        }
    }

    // An API summarizer without its key would fail when the run creates it, after run.db had recorded the contestants
    // (and replaced a resumed run's list): its estimator, which needs no key, says so before anything is touched. Under
    // --max-cost the estimates already asked each estimator, so their answer is used rather than a second estimator.
    private static void RefuseMissingRequirements(IReadOnlyList<Contestant> contestants, IReadOnlyList<SummarizerEstimate>? estimates)
    {
        foreach (var contestant in contestants)
        {
            if (contestant.CreateEstimator is not { } create)
            {
                continue;
            }

            string? missing;
            if (estimates?.FirstOrDefault(e => e.Summarizer == contestant.Label) is { } estimate)
            {
                missing = estimate.MissingRequirement;
            }
            else
            {
                using var estimator = create();
                missing = estimator.MissingRequirement;
            }

            if (missing is not null)
            {
                throw new SummarizerSpecException($"Summarizer '{contestant.Label}': {missing}");
            }
        }
    }

    // "3 stored summaries in PATH were", "1 stored summary in PATH was": the start of both messages about reused summaries.
    private static string StoredSummaries(int stored, string path) =>
        $"{Quantity.Of(stored, "stored summary", "stored summaries")} in {path} {(stored == 1 ? "was" : "were")}";

    /// <summary>Resolves and validates every spec up front, so a typo fails before hours of work, never after.</summary>
    public static IReadOnlyList<Contestant> Contestants(IReadOnlyList<string> specs, SummarizerCatalog catalog)
    {
        var contestants = new List<Contestant>();
        foreach (var text in specs)
        {
            var spec = SummarizerSpec.Parse(text);
            var factory = catalog.Resolve(spec);
            var arguments = SummarizerArguments.Bind(spec, factory.Parameters);
            var label = spec.ToString(factory.Parameters);
            if (contestants.Any(c => c.Label == label))
            {
                throw new SummarizerSpecException($"Summarizer '{label}' is given twice; each leaderboard entry needs a distinct spec.");
            }

            var secrets = spec.Arguments
                .Where(a => factory.Parameters.Any(p => p.Secret && string.Equals(p.Name, a.Key, StringComparison.OrdinalIgnoreCase)))
                .Select(a => a.Value)
                .ToList();
            var inputs = factory.InputFiles(arguments);
            contestants.Add(new Contestant(label, factory.IsOracle, () => factory.Create(arguments))
            {
                Secrets = secrets,
                Build = BuildStamp.Of(factory.GetType()),
                Inputs = InputStamp.Of(inputs),
                InputFiles = inputs,
                CreateEstimator = factory is ICostEstimatingFactory estimating ? () => estimating.CreateEstimator(arguments) : null,
            });
        }

        if (contestants.Count == 0)
        {
            throw new SummarizerSpecException("No summarizers to run: give -s SPEC (see `summeval list`).");
        }

        return contestants;
    }
}
