using System.Diagnostics;
using System.Threading.Channels;
using SummEval.Batches;
using SummEval.Summarizers;

namespace SummEval.Runs;

/// <summary>
/// Runs contestants over documents with bounded parallelism and stores every outcome as it arrives. Each summarizer
/// is created once and disposed at the end; a document that throws is stored as a failure and the run goes on;
/// what the store already holds is not recomputed.
/// </summary>
public static class RunExecutor
{
    /// <summary>The most documents of request-throttled summarizers pending at once, whatever their limiters allow.</summary>
    public const int MaxThrottledInFlight = 1024;

    /// <summary>
    /// Computes every (contestant, document) pair missing from <paramref name="store"/>. Work is interleaved by
    /// document so all progress bars move together; a single writer batches rows into transactions. On
    /// cancellation, everything finished so far is stored before <see cref="OperationCanceledException"/> surfaces.
    /// </summary>
    public static Task ExecuteAsync(
        RunStore store,
        IReadOnlyList<RunDocument> documents,
        IReadOnlyList<Contestant> contestants,
        SummaryOptions options,
        int concurrency,
        IRunObserver? observer = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(store, documents, contestants, options, concurrency, observer, maxCostUsd: null, cancellationToken);

    /// <summary>
    /// As above, and stops once the summaries computed in this run have cost <paramref name="maxCostUsd"/> (cached answers
    /// and unknown prices count nothing): what finished is stored, then <see cref="RunCostLimitException"/> is thrown.
    /// Returns what this run's summaries cost in USD (counted the same way), so later paid steps (judging) can share the limit.
    /// </summary>
    public static async Task<decimal> ExecuteAsync(
        RunStore store,
        IReadOnlyList<RunDocument> documents,
        IReadOnlyList<Contestant> contestants,
        SummaryOptions options,
        int concurrency,
        IRunObserver? observer,
        decimal? maxCostUsd,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(contestants);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);

        var pending = new List<(int Contestant, RunDocument Document)>();
        var pendingPerContestant = new int[contestants.Count];
        var done = contestants.Select(c => store.CompletedIds(c.Label)).ToArray();
        foreach (var document in documents)
        {
            for (var c = 0; c < contestants.Count; c++)
            {
                if (!done[c].Contains(document.Document.Id))
                {
                    pending.Add((c, document));
                    pendingPerContestant[c]++;
                }
            }
        }

        for (var c = 0; c < contestants.Count; c++)
        {
            observer?.Planned(contestants[c].Label, documents.Count, documents.Count - pendingPerContestant[c]);
        }

        var summarizers = new ISummarizer?[contestants.Count];
        try
        {
            for (var c = 0; c < contestants.Count; c++)
            {
                if (pendingPerContestant[c] > 0)
                {
                    summarizers[c] = contestants[c].Create();
                }
            }

            var spending = new CostMeter(maxCostUsd);
            try
            {
                await RunPendingAsync(store, pending, contestants, summarizers, options, concurrency, observer, spending, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (spending is { Reached: true, Max: { } max } && !cancellationToken.IsCancellationRequested)
            {
                throw new RunCostLimitException(max, spending.Spent, store.Path);
            }

            return spending.Spent;
        }
        finally
        {
            foreach (var summarizer in summarizers)
            {
                await SummarizerDisposal.DisposeAsync(summarizer).ConfigureAwait(false);
            }
        }
    }

    private static async Task RunPendingAsync(
        RunStore store,
        List<(int Contestant, RunDocument Document)> pending,
        IReadOnlyList<Contestant> contestants,
        ISummarizer?[] summarizers,
        SummaryOptions options,
        int concurrency,
        IRunObserver? observer,
        CostMeter spending,
        CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<DocumentOutcome>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = Task.Run(async () =>
        {
            try
            {
                var batch = new List<DocumentOutcome>();
                while (await channel.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    batch.Clear();
                    while (batch.Count < 500 && channel.Reader.TryRead(out var outcome))
                    {
                        batch.Add(outcome);
                    }

                    store.Write(batch);
                }
            }
            catch
            {
                // Nothing more can be stored: stop computing results that would be lost.
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        });

        // Batch summarizers take all their documents in one call; summarizers that bound their own requests (API
        // clients) are I/O-bound: they get their own pool, as deep as their limiters allow, so the CPU-bound
        // --concurrency does not cap a rate-limited endpoint.
        var batched = pending.Where(p => summarizers[p.Contestant] is IBatchSummarizer).GroupBy(p => p.Contestant).ToList();
        var perDocument = batched.Count == 0 ? pending : pending.Where(p => summarizers[p.Contestant] is not IBatchSummarizer).ToList();
        var throttled = perDocument.Where(p => summarizers[p.Contestant] is IRequestThrottled).ToList();
        var local = throttled.Count == 0 ? perDocument : perDocument.Where(p => summarizers[p.Contestant] is not IRequestThrottled).ToList();
        var throttledDepth = summarizers.OfType<IRequestThrottled>().Sum(t => (long)t.MaxConcurrency);
        try
        {
            await Task.WhenAll(
                [
                    RunPoolAsync(local, concurrency),
                    RunPoolAsync(throttled, (int)Math.Clamp(throttledDepth, 1, MaxThrottledInFlight)),
                    .. batched.Select(group => RunBatchAsync(group.Key, group.Select(p => p.Document).ToList())),
                ]).ConfigureAwait(false);
        }
        finally
        {
            channel.Writer.TryComplete();
            await writer.ConfigureAwait(false);
        }

        void Record(Contestant contestant, DocumentOutcome outcome)
        {
            channel.Writer.TryWrite(outcome);
            observer?.Completed(contestant.Label, outcome.DocumentId, outcome.Failure);
            if (!outcome.Cached && outcome.Usage?.CostUsd is { } cost && spending.Add(cost))
            {
                stop.Cancel();
            }
        }

        async Task RunBatchAsync(int index, List<RunDocument> items)
        {
            var contestant = contestants[index];
            var summarizer = (IBatchSummarizer)summarizers[index]!;
            var byId = items.ToDictionary(d => d.Document.Id, StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            var context = new BatchContext(store.BatchJournal(contestant.Label), item =>
            {
                if (!byId.TryGetValue(item.DocumentId, out var document))
                {
                    return;
                }

                lock (reported)
                {
                    if (!reported.Add(item.DocumentId))
                    {
                        return;
                    }
                }

                // A batch document's latency is the wait from the start of the batch call to its answer.
                var outcome = item.Result is { } result
                    ? new DocumentOutcome(contestant.Label, document.Position, item.DocumentId, result.Text ?? string.Empty, clock.Elapsed.TotalMilliseconds, null)
                    {
                        Usage = result.Usage,
                        Attempts = result.Attempts,
                        Cached = result.Cached,
                    }
                    : new DocumentOutcome(contestant.Label, document.Position, item.DocumentId, string.Empty, clock.Elapsed.TotalMilliseconds, Describe(item.Error ?? new InvalidOperationException("the summarizer reported no result."), contestant.Secrets));
                Record(contestant, outcome);
            })
            {
                OnProgress = progress => observer?.Batch(contestant.Label, progress),
            };
            var documents = items.Select(d => contestant.IsOracle ? d.Document : d.Document with { References = [] }).ToList();
            Exception? failure = null;
            try
            {
                await summarizer.SummarizeBatchAsync(documents, options, context, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
            {
                // Stopped, not failed: unreported documents stay unstored, and the journal lets a rerun resume the batch.
                throw;
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            foreach (var document in items)
            {
                context.OnResult(new BatchItem(document.Document.Id, null, failure ?? new InvalidOperationException("the batch summarizer did not report this document.")));
            }
        }

        Task RunPoolAsync(List<(int Contestant, RunDocument Document)> items, int depth) => items.Count == 0
            ? Task.CompletedTask
            : Parallel.ForEachAsync(
                items,
                new ParallelOptions { MaxDegreeOfParallelism = depth, CancellationToken = stop.Token },
                async (item, token) =>
                {
                    // Synchronous summarizers complete inline, so the loop alone would not notice a cancellation.
                    if (token.IsCancellationRequested)
                    {
                        return;
                    }

                    var contestant = contestants[item.Contestant];
                    var summarizer = summarizers[item.Contestant]!;
                    var outcome = await SummarizeOneAsync(contestant, summarizer, item.Document, options, token).ConfigureAwait(false);
                    if (outcome is null)
                    {
                        return;
                    }

                    Record(contestant, outcome);

                    if (summarizer is IRequestThrottled limited)
                    {
                        observer?.Throughput(contestant.Label, limited.Throughput);
                    }
                });
    }

    private static async Task<DocumentOutcome?> SummarizeOneAsync(
        Contestant contestant, ISummarizer summarizer, RunDocument item, SummaryOptions options, CancellationToken token)
    {
        // Only oracles may see the references; anything else gets the source alone, so no plugin can peek.
        var document = contestant.IsOracle ? item.Document : item.Document with { References = [] };
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await summarizer.SummarizeAsync(document, options, token).ConfigureAwait(false)
                ?? throw new InvalidOperationException("the summarizer returned no result.");
            return new DocumentOutcome(contestant.Label, item.Position, item.Document.Id, result.Text ?? string.Empty, clock.Elapsed.TotalMilliseconds, null)
            {
                Usage = result.Usage,
                Attempts = result.Attempts,
                Cached = result.Cached,
            };
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped, not failed: left unstored so a resumed run computes it.
            return null;
        }
        catch (Exception ex)
        {
            return new DocumentOutcome(contestant.Label, item.Position, item.Document.Id, string.Empty, clock.Elapsed.TotalMilliseconds, Describe(ex, contestant.Secrets));
        }
    }

    private static string Describe(Exception ex, IReadOnlyList<string> secrets)
    {
        var message = string.IsNullOrWhiteSpace(ex.Message) ? ex.GetType().Name : ex.Message;
        foreach (var secret in secrets.Where(s => s.Length > 0))
        {
            message = message.Replace(secret, "***", StringComparison.Ordinal);
        }

        return message.ReplaceLineEndings(" ");
    }
}
