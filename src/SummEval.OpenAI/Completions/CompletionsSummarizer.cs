using System.Globalization;
using System.Text.Json.Nodes;
using SummEval.Documents;
using SummEval.OpenAI.Batch;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.Chat;
using SummEval.OpenAI.LengthPolicies;
using SummEval.OpenAI.Pricing;
using SummEval.OpenAI.Resilience;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Completions;

/// <summary>
/// Summarizes with a (fine-tuned) completion model the tutorial's way: prompt plus <c> -></c>, stop at newline,
/// leading space removed; with the same length policies, cache and error handling as <see cref="ChatSummarizer"/>.
/// </summary>
public sealed class CompletionsSummarizer : ISummarizer, IRequestThrottled, ICostEstimating, IDisposable, IBatchableModel
{
    private readonly CompletionsClient _client;
    private readonly OpenAIConnection _connection;
    private readonly ModelCallSettings _settings;
    private readonly ResponseCache? _cache;
    private readonly SemaphoreSlim _gate;

    /// <summary>A summarizer calling <paramref name="connection"/>.</summary>
    public CompletionsSummarizer(OpenAIConnection connection, ModelCallSettings settings, ResponseCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Concurrency, 1);
        _connection = connection;
        _client = new CompletionsClient(connection);
        _settings = settings;
        _cache = cache;
        _gate = new SemaphoreSlim(settings.Concurrency);
    }

    /// <inheritdoc />
    public string Name => "openai-completions";

    /// <inheritdoc />
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = PromptTemplate.Fill(_settings.Prompt, document.Source, options.MaxChars);
        return LengthEnforcer.RunAsync(prompt, options.MaxChars, _settings.Policy, _settings.Retries, AskAsync, cancellationToken);
    }

    /// <inheritdoc />
    public int MaxConcurrency => _settings.Concurrency;

    /// <inheritdoc />
    public Throughput Throughput => _connection.Limiter?.Snapshot() ?? new Throughput(_settings.Concurrency, _settings.Concurrency - _gate.CurrentCount, 0, Adaptive: false);

    /// <summary>Releases the concurrency gate and the cache (the summarizer owns the cache it was given).</summary>
    public void Dispose()
    {
        _gate.Dispose();
        _cache?.Dispose();
    }

    /// <inheritdoc />
    public CostEstimate Estimate(IReadOnlyList<Document> documents, SummaryOptions options) =>
        Estimate(documents, options, _settings, _connection.Endpoint, _cache);

    /// <inheritdoc />
    ModelCallSettings IBatchableModel.Settings => _settings;

    /// <inheritdoc />
    ResponseCache? IBatchableModel.Cache => _cache;

    /// <inheritdoc />
    string IBatchableModel.BatchEndpoint => "/v1/completions";

    /// <inheritdoc />
    string IBatchableModel.RequestKey(string prompt) => CacheKey(CompletionFormat.Prompt(prompt));

    /// <inheritdoc />
    JsonObject IBatchableModel.RequestBody(string prompt) =>
        CompletionsClient.Body(_settings.Model, CompletionFormat.Prompt(prompt), _settings.Temperature, _settings.MaxTokens, CompletionFormat.Stop);

    /// <inheritdoc />
    CachedResponse IBatchableModel.ReadAnswer(BinaryData body)
    {
        var result = CompletionsClient.Parse(body);
        if (string.Equals(result.FinishReason, "content_filter", StringComparison.Ordinal))
        {
            throw new OpenAIRequestException(OpenAIFailureKind.ContentFilter, $"The content filter withheld the answer of model '{_settings.Model}'.");
        }

        return new CachedResponse(CompletionFormat.Clean(result.Text), result.InputTokens, result.OutputTokens);
    }

    /// <inheritdoc />
    Task<ModelAnswer> IBatchableModel.AskAsync(string prompt, CancellationToken cancellationToken) => AskAsync(prompt, cancellationToken);

    /// <summary>What a completions summarizer of these settings, endpoint and cache would estimate, without one (a dry run needs no client).</summary>
    internal static CostEstimate Estimate(IReadOnlyList<Document> documents, SummaryOptions options, ModelCallSettings settings, Uri endpoint, ResponseCache? cache) =>
        CostEstimator.Estimate(documents, options, settings, CompletionFormat.Prompt, sent => CacheKey(settings, endpoint, sent), cache, overhead: 0);

    private static string CacheKey(ModelCallSettings settings, Uri endpoint, string sent) => ResponseCache.Key(
        "completions", endpoint.ToString(), settings.Model, sent,
        settings.Temperature.ToString("R", CultureInfo.InvariantCulture),
        settings.MaxTokens?.ToString(CultureInfo.InvariantCulture), CompletionFormat.Stop);

    private string CacheKey(string sent) => CacheKey(_settings, _connection.Endpoint, sent);

    private async Task<ModelAnswer> AskAsync(string prompt, CancellationToken cancellationToken)
    {
        var sent = CompletionFormat.Prompt(prompt);
        var key = CacheKey(sent);
        if (_cache?.TryGet(key) is { } hit)
        {
            return new ModelAnswer(hit.Text, _settings.Prices.Price(_settings.Model, hit.InputTokens, hit.OutputTokens), Cached: true);
        }

        CompletionResult result;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            result = await _client.CompleteAsync(
                _settings.Model, sent, _settings.Temperature, _settings.MaxTokens, CompletionFormat.Stop, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (OpenAIRequestException.From(e, _settings.Model, _connection, cancellationToken) is { } clear)
        {
            throw clear;
        }
        finally
        {
            _gate.Release();
        }

        if (string.Equals(result.FinishReason, "content_filter", StringComparison.Ordinal))
        {
            throw new OpenAIRequestException(OpenAIFailureKind.ContentFilter, $"The content filter withheld the answer of model '{_settings.Model}'.");
        }

        var text = CompletionFormat.Clean(result.Text);
        _cache?.Put(key, _settings.Model, new CachedResponse(text, result.InputTokens, result.OutputTokens));
        return new ModelAnswer(text, _settings.Prices.Price(_settings.Model, result.InputTokens, result.OutputTokens), Cached: false);
    }
}
