using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using SummEval.Batches;
using SummEval.Documents;
using SummEval.OpenAI.Batch;
using SummEval.OpenAI.Resilience;
using SummEval.OpenAI.Tests.Fakes;
using SummEval.Summarizers;
using SummEval.Text;
using static SummEval.OpenAI.Tests.OpenAITestContext;

namespace SummEval.OpenAI.Tests.Batch;

/// <summary>
/// <c>mode=batch</c> against the fake server's <c>/v1/files</c> and <c>/v1/batches</c> (the real SDK over real HTTP):
/// one batch per round, answers mapped back by <c>custom_id</c>, the journal written before the first poll, resumption
/// without a second batch, retries of unanswered lines, the retry length policy, batch prices and no key in any file.
/// </summary>
public sealed class BatchSummarizerTests : IAsyncDisposable
{
    private const string Fast = "mode=batch,batchPoll=0.01";
    private static readonly SummaryOptions Budget = SummaryOptions.WithBudget(20);
    private readonly OpenAITestContext _ctx = new();

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    private BatchSummarizer BatchChat(string extra = "", bool cache = false) => (BatchSummarizer)_ctx.Chat(Fast + extra, cache);

    private string FilesFolder => Path.Combine(_ctx.Folder, "batches");

    private async Task<(Dictionary<string, BatchItem> Items, List<BatchProgress> Progress)> RunAsync(
        ISummarizer summarizer, IReadOnlyList<Document> documents, IBatchJournal? journal = null, CancellationToken cancellationToken = default)
    {
        var items = new ConcurrentDictionary<string, BatchItem>();
        var progress = new List<BatchProgress>();
        var context = new BatchContext(journal ?? new FolderJournal(FilesFolder), item => Assert.True(items.TryAdd(item.DocumentId, item), $"{item.DocumentId} reported twice"))
        {
            OnProgress = p => progress.Add(p),
        };
        await ((IBatchSummarizer)summarizer).SummarizeBatchAsync(documents, Budget, context, cancellationToken);
        return (new Dictionary<string, BatchItem>(items), progress);
    }

    private static string LiveAnswer(Document document) => FakeOpenAIServer.SummaryOf("x\n" + document.Source, 10);

    [Fact]
    public async Task One_batch_answers_every_document_mapped_back_by_custom_id_at_batch_prices()
    {
        var docs = Docs(5);
        using var summarizer = BatchChat();
        var (items, progress) = await RunAsync(summarizer, docs);

        Assert.Equal(0, _ctx.Server.ModelRequests); // nothing went live
        var batch = Assert.Single(_ctx.Server.Batches.Created);
        Assert.Equal("/v1/chat/completions", batch.Endpoint);
        Assert.Equal(5, batch.CustomIds.Count);
        Assert.Contains(_ctx.Server.Files, f => f.Purpose == "batch");
        foreach (var doc in docs)
        {
            var result = items[doc.Id].Result!;
            Assert.Equal(LiveAnswer(doc), result.Text);
            var prompt = TextLength.Chars(SummEval.OpenAI.Chat.PromptTemplate.Fill(SummEval.OpenAI.Chat.PromptTemplate.Default, doc.Source, 20));
            Assert.Equal(prompt, result.Usage!.InputTokens);
            Assert.Equal(((prompt * 0.15m) + (10 * 0.60m)) / 1_000_000m / 2, result.Usage.CostUsd); // half the live price
            Assert.False(result.Cached);
        }

        // Polled with progress through the whole lifecycle.
        Assert.Equal(["validating", "in_progress", "finalizing", "completed"], progress.Select(p => p.Status).Distinct());
        Assert.Equal(5, progress[^1].Completed);
        // The request lines went out as Batch API JSONL: custom_id, method, url, body.
        var upload = _ctx.Server.Requests.Single(r => r.Path.EndsWith("/files", StringComparison.Ordinal));
        var line = JsonNode.Parse(upload.Body.Split('\n').First(l => l.StartsWith("{\"custom_id\"", StringComparison.Ordinal)))!;
        Assert.Equal("POST", (string?)line["method"]);
        Assert.Equal("/v1/chat/completions", (string?)line["url"]);
        Assert.Equal("gpt-4o-mini", (string?)line["body"]!["model"]);
    }

    [Fact]
    public async Task The_journal_holds_the_batch_and_its_file_before_the_first_poll()
    {
        var journal = new FolderJournal(FilesFolder);
        var pollsWhenRecorded = new List<int>();
        journal.Saved += record =>
        {
            if (record.BatchId is not null)
            {
                pollsWhenRecorded.Add(_ctx.Server.Batches.Retrieved);
            }
        };
        using var summarizer = BatchChat();
        await RunAsync(summarizer, Docs(3), journal);

        Assert.Equal(0, pollsWhenRecorded[0]);
        var record = Assert.Single(journal.Read());
        Assert.StartsWith("file-", record.InputFileId);
        Assert.Equal(_ctx.Server.Batches.Created.Single().Id, record.BatchId);
        Assert.Equal("completed", record.Status);
        Assert.NotNull(record.OutputFileId);
        Assert.True(record.Harvested);
    }

    [Fact]
    public async Task A_call_stopped_while_polling_resumes_the_same_batch_and_creates_no_second()
    {
        _ctx.Server.Batches.Hold = true;
        var journal = new FolderJournal(FilesFolder);
        var docs = Docs(4);
        using (var first = BatchChat())
        {
            using var stop = new CancellationTokenSource();
            var running = RunAsync(first, docs, journal, stop.Token);
            while (_ctx.Server.Batches.Retrieved < 3)
            {
                Assert.False(running.IsCompleted, "the batch ended while held");
                await Task.Delay(10);
            }

            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        }

        Assert.Equal("in_progress", Assert.Single(journal.Read()).Status);
        _ctx.Server.Batches.Hold = false;
        using var second = BatchChat();
        var (items, _) = await RunAsync(second, docs, journal);

        Assert.Single(_ctx.Server.Batches.Created);
        Assert.All(docs, d => Assert.Equal(LiveAnswer(d), items[d.Id].Result!.Text));
        Assert.True(Assert.Single(journal.Read()).Harvested);
    }

    [Fact]
    public async Task A_call_stopped_before_the_batch_id_was_recorded_finds_its_batch_and_creates_no_second()
    {
        var journal = new FolderJournal(FilesFolder);
        var crash = true;
        journal.Saved += record =>
        {
            if (crash && record.BatchId is not null)
            {
                throw new OperationCanceledException("stopped right after the batch was created");
            }
        };
        var docs = Docs(3);
        using (var first = BatchChat())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(first, docs, journal));
        }

        Assert.Null(Assert.Single(journal.Read()).BatchId);
        crash = false;
        using var second = BatchChat();
        var (items, _) = await RunAsync(second, docs, journal);

        Assert.Single(_ctx.Server.Batches.Created);
        Assert.Equal("batch_0001", Assert.Single(journal.Read()).BatchId);
        Assert.All(docs, d => Assert.Equal(LiveAnswer(d), items[d.Id].Result!.Text));
    }

    [Fact]
    public async Task Expired_lines_are_sent_again_in_a_new_batch_of_only_those()
    {
        _ctx.Server.Batches.Ending = "expired";
        _ctx.Server.Batches.LineFailure = (batch, line) => batch == 1 && line % 2 == 0 ? "expired" : null;
        var docs = Docs(5);
        using var summarizer = BatchChat();
        var (items, _) = await RunAsync(summarizer, docs);

        var created = _ctx.Server.Batches.Created;
        Assert.Equal(2, created.Count);
        Assert.Equal(3, created[1].CustomIds.Count);
        Assert.Equal(created[0].CustomIds.Where((_, i) => i % 2 == 0), created[1].CustomIds);
        Assert.All(docs, d => Assert.Equal(LiveAnswer(d), items[d.Id].Result!.Text));
        Assert.Equal(0, _ctx.Server.ModelRequests);
    }

    [Fact]
    public async Task A_batch_cancelled_on_the_server_has_its_lines_sent_again()
    {
        // Someone cancels the batch (e.g. from OpenAI's dashboard) while the run polls it: nothing was answered.
        _ctx.Server.Batches.Hold = true;
        var docs = Docs(3);
        using var summarizer = BatchChat();
        var running = RunAsync(summarizer, docs);
        while (_ctx.Server.Batches.Retrieved < 2)
        {
            await Task.Delay(10);
        }

        var api = new BatchApi(OpenAIConnection.Resolve(_ctx.Server.BaseUrl, _ctx.Server.ApiKey));
        Assert.Equal("cancelling", (await api.CancelAsync("batch_0001", CancellationToken.None)).Status);
        while (_ctx.Server.Batches.Created.Count < 2)
        {
            Assert.False(running.IsCompleted, "no second batch was sent");
            await Task.Delay(10);
        }

        _ctx.Server.Batches.Hold = false;
        var (items, progress) = await running;
        Assert.Contains(progress, p => p.BatchId == "batch_0001" && p.Status == "cancelled");
        Assert.Equal(_ctx.Server.Batches.Created[0].CustomIds, _ctx.Server.Batches.Created[1].CustomIds);
        Assert.All(docs, d => Assert.Equal(LiveAnswer(d), items[d.Id].Result!.Text));
    }

    [Fact]
    public async Task With_batchFallback_live_unanswered_lines_are_asked_live_at_live_prices()
    {
        _ctx.Server.Batches.LineFailure = (_, line) => line == 1 ? "server_error" : line == 3 ? "expired" : null;
        var docs = Docs(5);
        using var summarizer = BatchChat(",batchFallback=live");
        var (items, _) = await RunAsync(summarizer, docs);

        Assert.Single(_ctx.Server.Batches.Created);
        Assert.Equal(2, _ctx.Server.ModelRequests);
        Assert.All(docs, d => Assert.Equal(LiveAnswer(d), items[d.Id].Result!.Text));
        var costs = docs.Select(d => items[d.Id].Result!.Usage!).Select(u => u.CostUsd / (((u.InputTokens * 0.15m) + (u.OutputTokens * 0.60m)) / 1_000_000m)).ToList();
        Assert.Equal(2, costs.Count(c => c == 1m));
        Assert.Equal(3, costs.Count(c => c == 0.5m));
    }

    [Fact]
    public async Task The_retry_policy_sends_a_second_batch_only_for_summaries_over_budget()
    {
        // Documents 2 and 4 get a 30-character answer first; every retry prompt gets a short one.
        _ctx.Server.ChatReply = prompt => prompt.Contains("上一次的总结是", StringComparison.Ordinal) ? "新方法的摘要"
            : prompt.Contains("第2篇", StringComparison.Ordinal) || prompt.Contains("第4篇", StringComparison.Ordinal) ? new string('长', 30) : null;
        var docs = Docs(5);
        using var summarizer = BatchChat(",policy=retry,retries=2");
        var (items, _) = await RunAsync(summarizer, docs);

        var created = _ctx.Server.Batches.Created;
        Assert.Equal(2, created.Count);
        Assert.Equal(2, created[1].CustomIds.Count);
        Assert.Equal("新方法的摘要", items["d2"].Result!.Text);
        Assert.Equal(2, items["d4"].Result!.Attempts);
        Assert.Equal(1, items["d1"].Result!.Attempts);
        // The retried documents paid for both attempts.
        Assert.True(items["d2"].Result!.Usage!.InputTokens > items["d1"].Result!.Usage!.InputTokens * 2);
    }

    [Fact]
    public async Task A_refused_line_fails_its_document_only_and_is_not_retried()
    {
        _ctx.Server.Batches.LineFailure = (_, line) => line == 0 ? "content_filter" : null;
        using var summarizer = BatchChat();
        var (items, _) = await RunAsync(summarizer, Docs(3));

        Assert.Single(_ctx.Server.Batches.Created);
        var failed = Assert.Single(items.Values, i => i.Error is not null);
        Assert.Equal(OpenAIFailureKind.ContentFilter, Assert.IsType<OpenAIRequestException>(failed.Error).Kind);
        Assert.Equal(2, items.Values.Count(i => i.Result is not null));
    }

    [Fact]
    public async Task A_batch_that_keeps_failing_is_retried_then_reported_per_document()
    {
        _ctx.Server.Batches.Ending = "failed";
        using var summarizer = BatchChat(",batchRetries=1");
        var (items, _) = await RunAsync(summarizer, Docs(3));

        Assert.Equal(2, _ctx.Server.Batches.Created.Count);
        Assert.All(items.Values, i =>
        {
            var error = Assert.IsType<OpenAIRequestException>(i.Error);
            Assert.Equal(OpenAIFailureKind.BatchUnanswered, error.Kind);
            Assert.Contains("'failed'", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Answers_are_cached_like_live_mode_so_a_rerun_sends_no_batch()
    {
        var docs = Docs(3);
        using (var first = BatchChat(cache: true))
        {
            await RunAsync(first, docs);
        }

        using var second = BatchChat(cache: true);
        var (items, _) = await RunAsync(second, docs, new FolderJournal(FilesFolder));
        Assert.Single(_ctx.Server.Batches.Created);
        Assert.All(items.Values, i => Assert.True(i.Result!.Cached));

        // The live summarizer reads the same cache entries: batch and live share request keys.
        using var live = (IDisposable)_ctx.Chat(cache: true);
        var result = await ((ISummarizer)live).SummarizeAsync(docs[0], Budget);
        Assert.True(result.Cached);
        Assert.Equal(0, _ctx.Server.ModelRequests);
    }

    [Fact]
    public async Task Completions_in_batch_mode_go_to_v1_completions_and_are_cleaned()
    {
        var docs = Docs(2);
        using var summarizer = (BatchSummarizer)_ctx.Completions(Fast);
        var (items, _) = await RunAsync(summarizer, docs);

        Assert.Equal("/v1/completions", _ctx.Server.Batches.Created.Single().Endpoint);
        Assert.All(docs, d => Assert.Equal(FakeOpenAIServer.SummaryOf(d.Source + " ->", 10), items[d.Id].Result!.Text));
    }

    [Fact]
    public async Task A_single_document_call_is_a_batch_of_one()
    {
        using var summarizer = BatchChat();
        var doc = Docs(1)[0];
        var result = await summarizer.SummarizeAsync(doc, Budget);
        Assert.Equal(LiveAnswer(doc), result.Text);
        Assert.Single(_ctx.Server.Batches.Created);
    }

    [Fact]
    public async Task No_request_or_result_file_and_no_cache_row_holds_the_key()
    {
        _ctx.Server.Batches.LineFailure = (_, line) => line == 0 ? "server_error" : null;
        using (var summarizer = BatchChat(cache: true))
        {
            await RunAsync(summarizer, Docs(3));
        }

        var files = Directory.EnumerateFiles(_ctx.Folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".output.jsonl", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".errors.jsonl", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("summeval-", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.False(Encoding.UTF8.GetString(File.ReadAllBytes(file)).Contains(_ctx.Server.ApiKey, StringComparison.Ordinal), $"{file} holds the API key");
        }
    }

    /// <summary>A journal in memory with local file copies in a folder, telling the test of every save.</summary>
    private sealed class FolderJournal(string folder) : IBatchJournal
    {
        private readonly MemoryBatchJournal _records = new();

        public event Action<BatchRecord>? Saved;

        public string? FilesDirectory => folder;

        public IReadOnlyList<BatchRecord> Read() => _records.Read();

        public void Save(BatchRecord record)
        {
            Saved?.Invoke(record);
            _records.Save(record);
        }
    }
}
