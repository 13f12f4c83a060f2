using SummEval.Batches;
using SummEval.Documents;
using SummEval.Evaluation.Tests.Datasets;
using SummEval.Runs;
using SummEval.Summarizers;
using Xunit;
using static SummEval.Evaluation.Tests.Runs.RunExecutorTests;

namespace SummEval.Evaluation.Tests.Runs;

/// <summary>
/// The run's batch path: a summarizer implementing <see cref="IBatchSummarizer"/> gets all its pending documents in one
/// call, its journal lives in <c>run.db</c> across runs, and what it reports (or leaves unreported) is stored like
/// per-document results.
/// </summary>
public sealed class BatchRunExecutorTests : IDisposable
{
    private readonly TempFiles _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_batch_summarizer_gets_every_pending_document_in_one_call_and_its_results_are_stored()
    {
        var docs = RunExecutorTests.Documents(12);
        var batch = new RecordingBatchSummarizer { FailOn = "d003", Skip = "d007" };
        using var store = RunStore.Open(_temp.Folder);
        store.Claim(Metadata(docs));
        await RunExecutor.ExecuteAsync(store, docs, [new Contestant("b", false, () => batch)], Budget, 1);

        var call = Assert.Single(batch.Calls);
        Assert.Equal(docs.Select(d => d.Document.Id), call.Select(d => d.Id));
        Assert.All(call, d => Assert.Empty(d.References)); // no peeking at references
        var rows = store.Read("b");
        Assert.Equal(12, rows.Count);
        Assert.Equal("cannot summarize d003", rows.Single(r => r.DocumentId == "d003").Failure);
        Assert.Contains("did not report", rows.Single(r => r.DocumentId == "d007").Failure);
        Assert.Equal(10, rows.Count(r => r.Failure is null));
        Assert.Equal(0.5m, rows[0].Usage!.CostUsd);

        // The journal it wrote is in run.db; a rerun hands it only the failed documents and the same journal.
        var again = new RecordingBatchSummarizer();
        await RunExecutor.ExecuteAsync(store, docs, [new Contestant("b", false, () => again)], Budget, 1);
        Assert.Equal(["d003", "d007"], again.Calls.Single().Select(d => d.Id));
        Assert.Equal(["file-1", "file-2"], store.ReadBatches("b").Select(r => r.InputFileId));
        Assert.Equal(["file-1"], again.JournalSeen.Select(r => r.InputFileId));
        Assert.Empty(store.ReadBatches("other"));
    }

    [Fact]
    public async Task A_cancelled_batch_call_stores_what_was_reported_and_nothing_else()
    {
        var docs = RunExecutorTests.Documents(6);
        using var cts = new CancellationTokenSource();
        var batch = new RecordingBatchSummarizer { StopAfter = 2, Stop = cts.Cancel };
        using var store = RunStore.Open(_temp.Folder);
        store.Claim(Metadata(docs));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RunExecutor.ExecuteAsync(store, docs, [new Contestant("b", false, () => batch)], Budget, 1, cancellationToken: cts.Token));
        Assert.Equal(["d000", "d001"], store.Read("b").Select(r => r.DocumentId));
        Assert.Single(store.ReadBatches("b"));
    }

    private sealed class RecordingBatchSummarizer : ISummarizer, IBatchSummarizer
    {
        public List<List<Document>> Calls { get; } = [];

        public IReadOnlyList<BatchRecord> JournalSeen { get; private set; } = [];

        public string? FailOn { get; init; }

        public string? Skip { get; init; }

        public int StopAfter { get; init; } = -1;

        public Action? Stop { get; init; }

        public string Name => "recording";

        public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("a batch summarizer in a run is called per batch");

        public async Task SummarizeBatchAsync(IReadOnlyList<Document> documents, SummaryOptions options, BatchContext context, CancellationToken cancellationToken = default)
        {
            Calls.Add([.. documents]);
            JournalSeen = context.Journal.Read();
            context.Journal.Save(new BatchRecord($"file-{JournalSeen.Count + 1}", documents.Count) { BatchId = "batch-x", Status = "in_progress" });
            var reported = 0;
            foreach (var document in documents)
            {
                if (reported == StopAfter)
                {
                    Stop!();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                if (document.Id == Skip)
                {
                    continue;
                }

                context.OnResult(document.Id == FailOn
                    ? new BatchItem(document.Id, null, new InvalidOperationException($"cannot summarize {document.Id}"))
                    : new BatchItem(document.Id, new SummaryResult(document.Source[..4]) { Usage = new TokenUsage(10, 2, 0.5m) }, null));
                reported++;
            }
        }
    }
}
