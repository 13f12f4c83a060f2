using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SummEval.Batches;
using SummEval.Documents;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.Chat;
using SummEval.OpenAI.LengthPolicies;
using SummEval.OpenAI.Pricing;
using SummEval.OpenAI.Resilience;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Batch;

/// <summary>
/// An OpenAI summarizer in batch mode (<c>mode=batch</c>): every document's request goes into one Batch API file,
/// uploaded, run as a batch, polled, and its answers mapped back by <c>custom_id</c> (the request's cache key). The
/// batch is recorded in the journal before it is polled, and a later call first collects every batch the journal holds
/// unfinished, so a killed run never pays twice. Length retries are a further batch of only the answers over budget;
/// unanswered lines go into a new batch or, with <c>batchFallback=live</c>, to the live API. Answers are cached and
/// priced at Batch API prices.
/// </summary>
public sealed class BatchSummarizer : ISummarizer, IBatchSummarizer, ICostEstimating, IDisposable
{
    private readonly IBatchableModel _model;
    private readonly OpenAIConnection _connection;
    private readonly BatchApi _api;
    private readonly BatchSettings _batch;

    internal BatchSummarizer(IBatchableModel model, OpenAIConnection connection, BatchSettings batch)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(batch);
        _model = model;
        _connection = connection;
        _api = new BatchApi(connection);
        _batch = batch;
    }

    /// <inheritdoc />
    public string Name => _model.Name;

    private ModelCallSettings Settings => _model.Settings;

    /// <summary>A batch of one document, journaled in memory only (for <c>summeval summarize</c>; runs use <see cref="SummarizeBatchAsync"/>).</summary>
    public async Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        BatchItem? item = null;
        await SummarizeBatchAsync([document], options, new BatchContext(new MemoryBatchJournal(), i => item = i), cancellationToken).ConfigureAwait(false);
        return item?.Result ?? throw item?.Error ?? new InvalidOperationException("The batch reported no result.");
    }

    /// <inheritdoc />
    public async Task SummarizeBatchAsync(IReadOnlyList<Document> documents, SummaryOptions options, BatchContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var answered = new Dictionary<string, ModelAnswer>(StringComparer.Ordinal);
        var collected = new List<BatchRecord>();
        foreach (var record in context.Journal.Read().Where(r => !r.Harvested))
        {
            collected.Add(await ResumeAsync(record, context, answered, cancellationToken).ConfigureAwait(false));
        }

        var open = documents
            .Select(d => (d.Id, Attempts: new LengthAttempts(PromptTemplate.Fill(Settings.Prompt, d.Source, options.MaxChars), options.MaxChars, Settings.Policy, Settings.Retries)))
            .ToList();
        while (open.Count > 0)
        {
            var replies = await AnswerAsync([.. open.Select(o => o.Attempts.NextPrompt!).Distinct(StringComparer.Ordinal)], context, answered, collected, cancellationToken).ConfigureAwait(false);
            var next = new List<(string Id, LengthAttempts Attempts)>();
            foreach (var (id, attempts) in open)
            {
                var reply = replies[attempts.NextPrompt!];
                if (reply.Error is { } error)
                {
                    context.OnResult(new BatchItem(id, null, error));
                    continue;
                }

                attempts.Add(reply.Answer!);
                if (attempts.NextPrompt is null)
                {
                    context.OnResult(new BatchItem(id, attempts.Result(), null));
                }
                else
                {
                    next.Add((id, attempts));
                }
            }

            open = next;
        }

        // Every result is reported: these batches need no resuming any more.
        foreach (var record in collected)
        {
            context.Journal.Save(record with { Harvested = true });
        }
    }

    /// <inheritdoc />
    public CostEstimate Estimate(IReadOnlyList<Document> documents, SummaryOptions options) => _model.Estimate(documents, options);

    /// <summary>Disposes the live summarizer it wraps (and so the cache).</summary>
    public void Dispose() => _model.Dispose();

    /// <summary>
    /// Answers for <paramref name="prompts"/>: from earlier batches, the cache, then new batches for the rest; what those
    /// leave unanswered is retried per <see cref="BatchSettings"/>.
    /// </summary>
    private async Task<Dictionary<string, Reply>> AnswerAsync(
        IReadOnlyList<string> prompts, BatchContext context, Dictionary<string, ModelAnswer> answered, List<BatchRecord> collected, CancellationToken cancellationToken)
    {
        var replies = new ConcurrentDictionary<string, Reply>(StringComparer.Ordinal);
        var toSend = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var prompt in prompts)
        {
            var key = _model.RequestKey(prompt);
            if (answered.TryGetValue(key, out var answer))
            {
                replies[prompt] = new Reply(answer, null);
            }
            else if (_model.Cache?.TryGet(key) is { } hit)
            {
                replies[prompt] = new Reply(new ModelAnswer(hit.Text, BatchPrice(hit), Cached: true), null);
            }
            else
            {
                toSend[key] = prompt;
            }
        }

        var unanswered = new Dictionary<string, string>(StringComparer.Ordinal);
        var batches = _batch.Fallback == BatchFallback.Live ? 1 : 1 + _batch.Retries;
        for (var round = 0; round < batches && toSend.Count > 0; round++)
        {
            var record = await SubmitAsync(toSend, context, cancellationToken).ConfigureAwait(false);
            var (done, failures, status) = await CollectAsync(record, context, answered, cancellationToken).ConfigureAwait(false);
            collected.Add(done);
            foreach (var (key, prompt) in toSend.ToList())
            {
                if (answered.TryGetValue(key, out var answer))
                {
                    replies[prompt] = new Reply(answer, null);
                    toSend.Remove(key);
                }
                else if (failures.TryGetValue(key, out var failure) && !failure.Retryable)
                {
                    replies[prompt] = new Reply(null, failure.Error);
                    toSend.Remove(key);
                }
                else
                {
                    unanswered[key] = failures.TryGetValue(key, out var f) ? f.Error.Message : $"batch {status.Id} ended '{status.Status}' without answering it{(status.Errors is { } e ? ": " + _connection.Redact(e) : string.Empty)}";
                }
            }
        }

        if (toSend.Count > 0 && _batch.Fallback == BatchFallback.Live)
        {
            await Parallel.ForEachAsync(
                toSend.Values,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Settings.Concurrency, 1, 64), CancellationToken = cancellationToken },
                async (prompt, token) =>
                {
                    try
                    {
                        replies[prompt] = new Reply(await _model.AskAsync(prompt, token).ConfigureAwait(false), null);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                    {
                        replies[prompt] = new Reply(null, e);
                    }
                }).ConfigureAwait(false);
        }
        else
        {
            foreach (var (key, prompt) in toSend)
            {
                replies[prompt] = new Reply(null, new OpenAIRequestException(
                    OpenAIFailureKind.BatchUnanswered,
                    string.Create(CultureInfo.InvariantCulture, $"Not answered by {batches} batch(es) of model '{Settings.Model}' at {_connection.Endpoint}: {unanswered.GetValueOrDefault(key)}")));
            }
        }

        return new Dictionary<string, Reply>(replies, StringComparer.Ordinal);
    }

    /// <summary>Writes the requests as Batch API JSONL, uploads it, creates the batch, and records both before any poll.</summary>
    private async Task<BatchRecord> SubmitAsync(SortedDictionary<string, string> requests, BatchContext context, CancellationToken cancellationToken)
    {
        var jsonl = new StringBuilder();
        foreach (var (key, prompt) in requests)
        {
            var line = new JsonObject
            {
                ["custom_id"] = key,
                ["method"] = "POST",
                ["url"] = _model.BatchEndpoint,
                ["body"] = _model.RequestBody(prompt),
            };
            jsonl.Append(line.ToJsonString()).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(jsonl.ToString());
        var name = $"summeval-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.jsonl";
        KeepCopy(context, name, bytes);
        var fileId = await Guard(() => _api.UploadAsync(BinaryData.FromBytes(bytes), name, cancellationToken), cancellationToken).ConfigureAwait(false);
        var record = new BatchRecord(fileId, requests.Count);
        context.Journal.Save(record);
        var batch = await Guard(() => _api.CreateAsync(fileId, _model.BatchEndpoint, cancellationToken), cancellationToken).ConfigureAwait(false);
        record = record with { BatchId = batch.Id, Status = batch.Status };
        context.Journal.Save(record);
        return record;
    }

    /// <summary>Collects an unfinished batch from an earlier call (its answers join <paramref name="answered"/>).</summary>
    private async Task<BatchRecord> ResumeAsync(BatchRecord record, BatchContext context, Dictionary<string, ModelAnswer> answered, CancellationToken cancellationToken)
    {
        if (record.BatchId is null)
        {
            // Uploaded, then stopped before the batch's id was committed: it may exist all the same.
            var found = await Guard(() => _api.FindByInputFileAsync(record.InputFileId, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return record with { Status = "abandoned" };
            }

            record = record with { BatchId = found.Id, Status = found.Status };
            context.Journal.Save(record);
        }

        return (await CollectAsync(record, context, answered, cancellationToken).ConfigureAwait(false)).Record;
    }

    /// <summary>
    /// Polls the batch until it ends, then reads its output and error files: answers go to <paramref name="answered"/>
    /// (and the cache), failures are returned with whether another try may help.
    /// </summary>
    private async Task<(BatchRecord Record, Dictionary<string, (Exception Error, bool Retryable)> Failures, BatchStatus Status)> CollectAsync(
        BatchRecord record, BatchContext context, Dictionary<string, ModelAnswer> answered, CancellationToken cancellationToken)
    {
        var batchId = record.BatchId!;
        BatchStatus status;
        while (true)
        {
            status = await Guard(() => _api.GetAsync(batchId, cancellationToken), cancellationToken).ConfigureAwait(false);
            context.OnProgress?.Invoke(new BatchProgress(status.Id, status.Status, status.Completed, status.Failed, status.Total));
            if (status.Status != record.Status)
            {
                record = record with { Status = status.Status };
                context.Journal.Save(record);
            }

            if (status.IsTerminal)
            {
                break;
            }

            await Task.Delay(_batch.PollInterval, cancellationToken).ConfigureAwait(false);
        }

        record = record with { OutputFileId = status.OutputFileId, ErrorFileId = status.ErrorFileId };
        context.Journal.Save(record);
        var failures = new Dictionary<string, (Exception, bool)>(StringComparer.Ordinal);
        foreach (var (fileId, kind) in new[] { (status.OutputFileId, "output"), (status.ErrorFileId, "errors") })
        {
            if (fileId is null)
            {
                continue;
            }

            var content = await Guard(() => _api.DownloadAsync(fileId, cancellationToken), cancellationToken).ConfigureAwait(false);
            KeepCopy(context, $"{batchId}.{kind}.jsonl", Encoding.UTF8.GetBytes(content));
            foreach (var line in BatchResultLine.ParseFile(content, fileId))
            {
                Read(line, answered, failures);
            }
        }

        return (record, failures, status);
    }

    private void Read(BatchResultLine line, Dictionary<string, ModelAnswer> answered, Dictionary<string, (Exception, bool)> failures)
    {
        if (line.Answered)
        {
            try
            {
                var reply = _model.ReadAnswer(line.Body!);
                _model.Cache?.Put(line.CustomId, Settings.Model, reply);
                answered[line.CustomId] = new ModelAnswer(reply.Text, BatchPrice(reply), Cached: false);
            }
            catch (Exception e) when (OpenAIRequestException.From(e, Settings.Model, _connection, CancellationToken.None) is { } clear)
            {
                failures[line.CustomId] = (clear, false);
            }

            return;
        }

        var where = $"model '{Settings.Model}' at {_connection.Endpoint} (batch mode)";
        var detail = _connection.Redact(line.ErrorMessage ?? line.ErrorCode ?? "no answer");
        failures[line.CustomId] = line.StatusCode switch
        {
            401 or 403 => (new OpenAIRequestException(OpenAIFailureKind.Unauthorized, $"The API rejected the key (HTTP {line.StatusCode}) for {where}: check OPENAI_API_KEY.", line.StatusCode), false),
            404 => (new OpenAIRequestException(OpenAIFailureKind.UnknownModel, $"Unknown model (HTTP 404) for {where}: check the model name.", 404), false),
            400 when (line.ErrorCode ?? string.Empty).Contains("content_filter", StringComparison.OrdinalIgnoreCase) => (new OpenAIRequestException(OpenAIFailureKind.ContentFilter, $"The content filter refused the request (HTTP 400) for {where}.", 400), false),
            >= 400 and < 500 and not 408 and not 429 => (new OpenAIRequestException(OpenAIFailureKind.BadRequest, $"The API refused the request (HTTP {line.StatusCode}) for {where}: {detail}", line.StatusCode), false),
            _ => (new OpenAIRequestException(OpenAIFailureKind.BatchUnanswered, $"The batch did not answer the request for {where}: {detail}", line.StatusCode), true),
        };
    }

    private TokenUsage BatchPrice(CachedResponse reply)
    {
        var live = Settings.Prices.Price(Settings.Model, reply.InputTokens, reply.OutputTokens);
        return live with { CostUsd = live.CostUsd * CostEstimator.BatchDiscount };
    }

    private static void KeepCopy(BatchContext context, string name, byte[] bytes)
    {
        if (context.Journal.FilesDirectory is { } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
    }

    private async Task<T> Guard<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (OpenAIRequestException.From(e, Settings.Model, _connection, cancellationToken) is { } clear)
        {
            throw clear;
        }
    }

    private sealed record Reply(ModelAnswer? Answer, Exception? Error);
}
