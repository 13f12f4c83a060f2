using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using SummEval.Documents;
using SummEval.OpenAI.Batch;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.LengthPolicies;
using SummEval.OpenAI.Pricing;
using SummEval.OpenAI.RateLimits;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Chat;

/// <summary>
/// Summarizes with any <see cref="IChatClient"/> (OpenAI's through Microsoft.Extensions.AI.OpenAI, or another
/// provider): fills the prompt, applies the length policy, caches every exchange and reports usage and cost.
/// </summary>
public sealed class ChatSummarizer : ISummarizer, IRequestThrottled, ICostEstimating, IDisposable, IBatchableModel
{
    private readonly IChatClient _client;
    private readonly ModelCallSettings _settings;
    private readonly ResponseCache? _cache;
    private readonly string _cacheScope;
    private readonly Func<Exception, CancellationToken, Exception?> _translate;
    private readonly SemaphoreSlim _gate;
    private readonly RequestLimiter? _limiter;

    /// <summary>
    /// A summarizer over <paramref name="client"/>. <paramref name="cacheScope"/> distinguishes providers in the cache
    /// (e.g. the endpoint); <paramref name="translateError"/> turns provider exceptions into clear per-document errors;
    /// <paramref name="limiter"/> is the one the client's requests go through, shown as this summarizer's throughput.
    /// </summary>
    public ChatSummarizer(
        IChatClient client,
        ModelCallSettings settings,
        ResponseCache? cache = null,
        string cacheScope = "",
        Func<Exception, CancellationToken, Exception?>? translateError = null,
        RequestLimiter? limiter = null)
    {
        _limiter = limiter;
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Concurrency, 1);
        _client = client;
        _settings = settings;
        _cache = cache;
        _cacheScope = cacheScope;
        _translate = translateError ?? ((_, _) => null);
        _gate = new SemaphoreSlim(settings.Concurrency);
    }

    /// <inheritdoc />
    public string Name => "openai-chat";

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
    public Throughput Throughput => _limiter?.Snapshot() ?? new Throughput(_settings.Concurrency, _settings.Concurrency - _gate.CurrentCount, 0, Adaptive: false);

    /// <summary>Releases the concurrency gate and the cache (the summarizer owns the cache it was given).</summary>
    public void Dispose()
    {
        _gate.Dispose();
        _cache?.Dispose();
    }

    /// <inheritdoc />
    public CostEstimate Estimate(IReadOnlyList<Document> documents, SummaryOptions options) =>
        Estimate(documents, options, _settings, _cacheScope, _cache);

    /// <inheritdoc />
    ModelCallSettings IBatchableModel.Settings => _settings;

    /// <inheritdoc />
    ResponseCache? IBatchableModel.Cache => _cache;

    /// <inheritdoc />
    string IBatchableModel.BatchEndpoint => "/v1/chat/completions";

    /// <inheritdoc />
    string IBatchableModel.RequestKey(string prompt) => CacheKey(prompt);

    /// <inheritdoc />
    JsonObject IBatchableModel.RequestBody(string prompt)
    {
        var body = new JsonObject
        {
            ["model"] = _settings.Model,
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt }),
            ["temperature"] = _settings.Temperature,
        };
        if (_settings.MaxTokens is { } max)
        {
            body["max_tokens"] = max;
        }

        return body;
    }

    /// <inheritdoc />
    CachedResponse IBatchableModel.ReadAnswer(BinaryData body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var choice = root.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0
            ? choices[0]
            : throw new JsonException("The chat completion has no choices.");
        if (choice.TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String && finish.GetString() == "content_filter")
        {
            throw new Resilience.OpenAIRequestException(
                Resilience.OpenAIFailureKind.ContentFilter, $"The content filter withheld the answer of model '{_settings.Model}'.");
        }

        var text = choice.TryGetProperty("message", out var message) && message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : throw new JsonException("The chat completion has no message content.");
        long input = 0, output = 0;
        if (root.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
        {
            input = usage.TryGetProperty("prompt_tokens", out var p) ? p.GetInt64() : 0;
            output = usage.TryGetProperty("completion_tokens", out var c) ? c.GetInt64() : 0;
        }

        return new CachedResponse(text.Trim(), input, output);
    }

    /// <inheritdoc />
    Task<ModelAnswer> IBatchableModel.AskAsync(string prompt, CancellationToken cancellationToken) => AskAsync(prompt, cancellationToken);

    /// <summary>What a chat summarizer of these settings, cache scope and cache would estimate, without one (a dry run needs no client).</summary>
    internal static CostEstimate Estimate(IReadOnlyList<Document> documents, SummaryOptions options, ModelCallSettings settings, string cacheScope, ResponseCache? cache) =>
        CostEstimator.Estimate(documents, options, settings, prompt => prompt, prompt => CacheKey(settings, cacheScope, prompt), cache, CostEstimator.ChatMessageOverhead);

    private static string CacheKey(ModelCallSettings settings, string cacheScope, string prompt) => ResponseCache.Key(
        "chat", cacheScope, settings.Model, prompt,
        settings.Temperature.ToString("R", CultureInfo.InvariantCulture),
        settings.MaxTokens?.ToString(CultureInfo.InvariantCulture));

    private string CacheKey(string prompt) => CacheKey(_settings, _cacheScope, prompt);

    private async Task<ModelAnswer> AskAsync(string prompt, CancellationToken cancellationToken)
    {
        var key = CacheKey(prompt);
        if (_cache?.TryGet(key) is { } hit)
        {
            return new ModelAnswer(hit.Text, _settings.Prices.Price(_settings.Model, hit.InputTokens, hit.OutputTokens), Cached: true);
        }

        ChatResponse response;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            response = await _client.GetResponseAsync(
                [new ChatMessage(ChatRole.User, prompt)],
                new ChatOptions { ModelId = _settings.Model, Temperature = _settings.Temperature, MaxOutputTokens = _settings.MaxTokens },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (_translate(e, cancellationToken) is { } clear)
        {
            throw clear;
        }
        finally
        {
            _gate.Release();
        }

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            throw new Resilience.OpenAIRequestException(
                Resilience.OpenAIFailureKind.ContentFilter, $"The content filter withheld the answer of model '{_settings.Model}'.");
        }

        var text = response.Text.Trim();
        var input = response.Usage?.InputTokenCount ?? 0;
        var output = response.Usage?.OutputTokenCount ?? 0;
        _cache?.Put(key, _settings.Model, new CachedResponse(text, input, output));
        return new ModelAnswer(text, _settings.Prices.Price(_settings.Model, input, output), Cached: false);
    }
}
