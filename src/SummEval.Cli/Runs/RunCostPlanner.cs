using System.Globalization;
using SummEval.Batches;
using SummEval.Cli.Judging;
using SummEval.Documents;
using SummEval.Runs;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Cli.Runs;

/// <summary>
/// What a run is expected to cost before it starts (<c>--dry-run</c>, <c>--max-cost</c>): each API summarizer estimates
/// the documents the store does not hold yet; nothing is sent.
/// </summary>
internal static class RunCostPlanner
{
    /// <summary>
    /// The estimate of every cost-reporting contestant (local summarizers are left out). API summarizers estimate without
    /// being created, so no key is needed; others are created and asked if they can estimate.
    /// </summary>
    public static async Task<IReadOnlyList<SummarizerEstimate>> EstimateAsync(
        string outDirectory, IReadOnlyList<RunDocument> documents, IReadOnlyList<Contestant> contestants, SummaryOptions options)
    {
        using var store = OpenIfPresent(outDirectory);
        var estimates = new List<SummarizerEstimate>();
        foreach (var contestant in contestants.Where(c => !c.IsOracle))
        {
            if (contestant.CreateEstimator is { } createEstimator)
            {
                using var estimator = createEstimator();
                estimates.Add(new SummarizerEstimate(contestant.Label, estimator.Estimate(ToDo(contestant, store, documents), options), estimator.Batch, estimator.MissingRequirement));
                continue;
            }

            var summarizer = contestant.Create();
            try
            {
                if (summarizer is ICostEstimating estimating)
                {
                    estimates.Add(new SummarizerEstimate(contestant.Label, estimating.Estimate(ToDo(contestant, store, documents), options), summarizer is IBatchSummarizer));
                }
            }
            finally
            {
                await SummarizerDisposal.DisposeAsync(summarizer).ConfigureAwait(false);
            }
        }

        return estimates;
    }

    // The documents the store does not hold for the contestant yet, without references (no API summarizer reads them).
    private static List<Document> ToDo(Contestant contestant, RunStore? store, IReadOnlyList<RunDocument> documents)
    {
        var stored = store?.CompletedIds(contestant.Label) ?? [];
        return documents.Where(d => !stored.Contains(d.Document.Id)).Select(d => d.Document with { References = [] }).ToList();
    }

    /// <summary>
    /// What <c>--judge</c> would cost: one request per (contestant, document) summary. Summaries already stored are
    /// judged as they are (and found in the judge's cache if asked before; stored failures are not judged); summaries
    /// still to compute are assumed to fill the budget, as the summarizers' own estimates assume.
    /// </summary>
    public static SummarizerEstimate EstimateJudge(
        string outDirectory, IReadOnlyList<RunDocument> documents, IReadOnlyList<Contestant> contestants, SummaryOptions options, JudgePricing judge)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(judge);
        using var store = OpenIfPresent(outDirectory);
        var budget = options.MaxChars ?? SummEval.OpenAI.Chat.PromptTemplate.DefaultMaxChars;
        var pairs = new List<(string Source, string Summary)>();
        foreach (var contestant in contestants)
        {
            var stored = store?.Read(contestant.Label).ToDictionary(o => o.DocumentId, StringComparer.Ordinal) ?? [];
            foreach (var document in documents)
            {
                var source = document.Document.Source;
                if (stored.TryGetValue(document.Document.Id, out var outcome))
                {
                    if (outcome.Failure is null && outcome.Summary.Trim().Length > 0)
                    {
                        pairs.Add((source, outcome.Summary));
                    }

                    continue;
                }

                pairs.Add((source, SummEval.Text.TextLength.Truncate(source, budget)));
            }
        }

        return new SummarizerEstimate("judge " + judge.Model, judge.Estimate(pairs), Batch: false, judge.MissingRequirement);
    }

    // The run's store when an earlier run left one (what it holds is not paid for again), else null.
    private static RunStore? OpenIfPresent(string outDirectory) =>
        File.Exists(Path.Combine(outDirectory, RunStore.FileName)) ? RunStore.OpenExisting(outDirectory) : null;

    /// <summary>The total of this run, each summarizer at its own mode's prices (batch mode: Batch API prices), or null when some price is unknown.</summary>
    public static decimal? Total(IReadOnlyList<SummarizerEstimate> estimates) =>
        estimates.Aggregate((decimal?)0m, (sum, e) => sum + e.Cost);

    /// <summary>Prints one row per API summarizer and the totals.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<SummarizerEstimate> estimates, int documents)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(F($"Dry run over {Quantity.Of(documents, "document")}: nothing was sent."));
        if (estimates.Count == 0)
        {
            writer.WriteLine("No summarizer calls a paid API: the run costs nothing.");
            return;
        }

        var width = Math.Max("summarizer".Length, estimates.Max(e => e.Summarizer.Length));
        writer.WriteLine(F($"{"summarizer".PadRight(width)}  {"to do",7}  {"cached",7}  {"prompt tokens",13}  {"completion tokens",17}  {"live USD",10}  {"batch USD",10}  mode"));
        foreach (var (summarizer, e, batch, _) in estimates)
        {
            writer.WriteLine(F($"{summarizer.PadRight(width)}  {e.Documents - e.CachedDocuments,7}  {e.CachedDocuments,7}  {e.PromptTokens,13}  {e.CompletionTokens,17}  {Usd(e.LiveCostUsd),10}  {Usd(e.BatchCostUsd),10}  {(batch ? "batch" : "live")}"));
        }

        var live = estimates.Aggregate((decimal?)0m, (sum, e) => sum + e.Estimate.LiveCostUsd);
        var batchTotal = estimates.Aggregate((decimal?)0m, (sum, e) => sum + e.Estimate.BatchCostUsd);
        writer.WriteLine(F($"{"total".PadRight(width)}  {"",7}  {"",7}  {estimates.Sum(e => e.Estimate.PromptTokens),13}  {estimates.Sum(e => e.Estimate.CompletionTokens),17}  {Usd(live),10}  {Usd(batchTotal),10}"));
        writer.WriteLine(F($"This run, each summarizer in its mode (mode=batch at Batch API prices): {Usd(Total(estimates))} USD."));
        writer.WriteLine("Completion tokens assume one answer filling the budget per document (length retries would add more); unknown prices show '?'.");
        if (estimates.Any(e => e.Summarizer.StartsWith("judge ", StringComparison.Ordinal)))
        {
            writer.WriteLine("The judge asks live, once per summary (summaries not computed yet assumed to fill the budget), each answer a one-sentence verdict.");
        }

        // The estimate needs no key, but the run it prepares does: say so now rather than when it starts.
        foreach (var (summarizer, _, _, missing) in estimates.Where(e => e.MissingRequirement is not null))
        {
            writer.WriteLine($"{summarizer}: {missing} The estimate above did not need it, but a real run would fail.");
        }
    }

    private static string Usd(decimal? value) => value is { } v ? v.ToString("0.000000", CultureInfo.InvariantCulture) : "?";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
