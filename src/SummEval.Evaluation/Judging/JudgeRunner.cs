using SummEval.Runs;

namespace SummEval.Judging;

/// <summary>
/// Asks a judge about every successful summary of the given summarizers and stores each verdict in <c>run.db</c>,
/// replacing the previous judgments. A failed request or a malformed answer is a failure of that document only.
/// </summary>
public static class JudgeRunner
{
    /// <summary>Judges every stored summary of <paramref name="summarizers"/> on <paramref name="documents"/>; returns the totals.</summary>
    public static Task<JudgeTotals> JudgeAsync(
        RunStore store,
        IReadOnlyList<RunDocument> documents,
        IReadOnlyList<string> summarizers,
        IJudge judge,
        int concurrency,
        CancellationToken cancellationToken) =>
        JudgeAsync(store, documents, summarizers, judge, concurrency, maxCostUsd: null, spentUsd: 0, cancellationToken);

    /// <summary>
    /// As above, and stops once the run's spending (<paramref name="spentUsd"/> already spent on summaries, plus the judge's
    /// uncached answers) reaches <paramref name="maxCostUsd"/>: the verdicts finished are stored, then
    /// <see cref="RunCostLimitException"/> is thrown. Answers already requested stay in the judge's cache, so a rerun
    /// with a higher limit does not pay for them again.
    /// </summary>
    public static async Task<JudgeTotals> JudgeAsync(
        RunStore store,
        IReadOnlyList<RunDocument> documents,
        IReadOnlyList<string> summarizers,
        IJudge judge,
        int concurrency,
        decimal? maxCostUsd,
        decimal spentUsd,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(summarizers);
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var totals = new JudgeTotals(judge.Model, JudgeRubric.Version);
        var meter = new CostMeter(maxCostUsd);
        meter.Add(spentUsd);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        for (var s = 0; s < summarizers.Count; s++)
        {
            var summarizer = summarizers[s];
            if (meter is { Reached: true, Max: { } limit })
            {
                // The limit was reached by the summaries or by the previous summarizer's last answer: ask nothing more.
                throw new RunCostLimitException(limit, meter.Spent, store.Path, "summaries and judgments");
            }

            var outcomes = store.Read(summarizer).ToDictionary(o => o.DocumentId, StringComparer.Ordinal);

            // Failed or empty summaries are not judged: there is nothing to rate, and ROUGE already scores them 0.
            var work = documents
                .Select(d => (d.Document, Outcome: outcomes.GetValueOrDefault(d.Document.Id)))
                .Where(p => p.Outcome is { Failure: null } o && o.Summary.Trim().Length > 0)
                .ToList();
            var judgments = new Judgment?[work.Count];
            try
            {
                await Parallel.ForAsync(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = stop.Token }, async (i, ct) =>
                {
                    var judgment = await JudgeOneAsync(judge, work[i].Document.Id, work[i].Document.Source, work[i].Outcome!.Summary, ct).ConfigureAwait(false);
                    judgments[i] = judgment;
                    if (judgment.Reply is { Cached: false, CostUsd: { } cost } && meter.Add(cost))
                    {
                        await stop.CancelAsync().ConfigureAwait(false);
                    }
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (meter is { Reached: true, Max: { } max } && !cancellationToken.IsCancellationRequested)
            {
                var finished = judgments.OfType<Judgment>().ToList();
                store.ReplaceJudgments(summarizer, finished);
                totals.Add(finished);
                throw new RunCostLimitException(max, meter.Spent, store.Path, "summaries and judgments");
            }

            store.ReplaceJudgments(summarizer, judgments.Select(j => j!).ToList());
            totals.Add(judgments!);
        }

        return totals;
    }

    /// <summary>One verdict: scores when the answer parses, else a failure that keeps the raw answer.</summary>
    public static async Task<Judgment> JudgeOneAsync(IJudge judge, string documentId, string source, string summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(judge);
        JudgeReply reply;
        try
        {
            reply = await judge.AskAsync(JudgeRequest.For(source, summary), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new Judgment(documentId, judge.Model, JudgeRubric.Version, null, null, string.Empty, null, $"{e.GetType().Name}: {e.Message}");
        }

        return JudgmentParser.Parse(reply.Text, out var error) is { } parsed
            ? new Judgment(documentId, judge.Model, JudgeRubric.Version, parsed.Faithfulness, parsed.Informativeness, parsed.Reason, reply.Text, null) { Reply = reply }
            : new Judgment(documentId, judge.Model, JudgeRubric.Version, null, null, string.Empty, reply.Text, "malformed judge answer: " + error) { Reply = reply };
    }
}
