using SummEval.Documents;
using SummEval.OpenAI.Batch;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.LengthPolicies;
using SummEval.OpenAI.Pricing;
using SummEval.OpenAI.RateLimits;
using SummEval.OpenAI.Resilience;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Chat;

/// <summary>The parameters both OpenAI summarizers share, and how they are read.</summary>
public static class OpenAIParameters
{
    /// <summary>The default cache database, relative to the working directory.</summary>
    public const string DefaultCachePath = ".summeval/openai-cache.sqlite";

    /// <summary>The shared parameters, with the model's default given by each summarizer.</summary>
    public static IReadOnlyList<SummarizerParameter> Common(string defaultModel, string defaultPrompt) =>
    [
        new("model", ParameterKind.String, "Model name, e.g. gpt-4o-mini or a fine-tuned ft:... name", defaultModel),
        new("prompt", ParameterKind.String, "Prompt template with {text} and {maxChars}", defaultPrompt),
        new("temperature", ParameterKind.Number, "Sampling temperature", "0.3"),
        new("maxTokens", ParameterKind.Integer, "Output token limit (provider default when unset)"),
        new("endpoint", ParameterKind.String, "OpenAI-compatible base URL (else OPENAI_BASE_URL, else api.openai.com)"),
        new("apiKey", ParameterKind.String, "API key (else OPENAI_API_KEY)") { Secret = true },
        new("policy", ParameterKind.Choice, "Over-budget answers: none, retry (ask again), truncate", "none") { AllowedValues = ["none", "retry", "truncate"] },
        new("retries", ParameterKind.Integer, "Extra attempts for policy=retry", "2"),
        new("cache", ParameterKind.Path, "SQLite request/response cache ('none' to disable)", DefaultCachePath),
        new("concurrency", ParameterKind.String, "Requests in flight: auto (adapts to the endpoint's rate limit, shared by summarizers on the same endpoint and key) or a fixed number", "auto"),
        new("networkRetries", ParameterKind.Integer, "Retries for 429/5xx/timeouts/dropped connections", "4"),
        new("backoff", ParameterKind.Number, "First retry wait in seconds (doubles per retry, jittered, at most 30 s; Retry-After wins)", "1"),
        new("timeout", ParameterKind.Number, "Per-request timeout in seconds", "60"),
        new("prices", ParameterKind.String, "Price overrides, model=input/output per 1M tokens;..."),
        new("mode", ParameterKind.Choice, "live (one request per call) or batch (OpenAI Batch API: half price, asynchronous, resumable)", "live") { AllowedValues = ["live", "batch"] },
        new("batchFallback", ParameterKind.Choice, "mode=batch: lines a batch left unanswered go to a new batch, or live", "batch") { AllowedValues = ["batch", "live"] },
        new("batchRetries", ParameterKind.Integer, "mode=batch: new batches for unanswered lines (batchFallback=batch)", "2"),
        new("batchPoll", ParameterKind.Number, "mode=batch: seconds between two polls of a batch", "30"),
    ];

    /// <summary>Reads the call settings.</summary>
    public static ModelCallSettings Settings(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var concurrency = FixedConcurrency(arguments);
        var retries = arguments.GetInt32("retries") ?? 2;
        if (retries < 0)
        {
            throw new SummarizerSpecException($"Summarizer '{arguments.Summarizer}': retries must be at least 0.");
        }

        PriceTable prices;
        try
        {
            prices = PriceTable.Default.WithOverrides(arguments.GetString("prices"));
        }
        catch (FormatException e)
        {
            throw new SummarizerSpecException($"Summarizer '{arguments.Summarizer}': {e.Message}");
        }

        return new ModelCallSettings(arguments.GetString("model")!)
        {
            Prompt = arguments.GetString("prompt")!,
            Temperature = (float)(arguments.GetDouble("temperature") ?? 0.3),
            MaxTokens = arguments.GetInt32("maxTokens"),
            Policy = Enum.Parse<LengthPolicy>(arguments.GetString("policy") ?? "none", ignoreCase: true),
            Retries = retries,
            Concurrency = concurrency ?? RequestLimiter.AutoCeiling,
            Prices = prices,
        };
    }

    /// <summary>Reads endpoint, key and network resilience settings.</summary>
    public static OpenAIConnection Connection(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var resolved = InSpec(arguments, () => OpenAIConnection.Resolve(arguments.GetString("endpoint"), arguments.GetString("apiKey")));
        var (networkRetries, timeout, backoff) = Network(arguments);
        var connection = resolved.With(networkRetries, timeout, backoff);
        return connection.WithLimiter(FixedConcurrency(arguments) is { } limit ? RequestLimiter.Fixed(limit) : SharedLimiters.For(connection.Identity));
    }

    /// <summary>The endpoint <see cref="Connection"/> would reach, read without asking for the key (estimates name their cache entries by it).</summary>
    public static Uri Endpoint(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return InSpec(arguments, () => OpenAIConnection.ResolveEndpoint(arguments.GetString("endpoint")));
    }

    /// <summary>
    /// Why <see cref="Connection"/> would fail for want of an API key (none given, none set), or null when there is one:
    /// what a dry run, which needs no key, reports instead of failing. Never holds the key.
    /// </summary>
    public static string? MissingKey(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return OpenAIConnection.HasKey(arguments.GetString("apiKey")) ? null : OpenAIConnection.MissingKeyMessage;
    }

    /// <summary>
    /// The estimator <c>--dry-run</c> uses for a summarizer of these arguments: every setting checked as
    /// <see cref="ISummarizerFactory.Create"/> checks it, the cache opened, but no key asked for and no client made.
    /// <paramref name="estimate"/> prices documents with the cache it is given.
    /// </summary>
    internal static ICostEstimator Estimator(SummarizerArguments arguments, Func<ResponseCache?, IReadOnlyList<Document>, SummaryOptions, CostEstimate> estimate)
    {
        _ = Network(arguments);
        var batch = Batch(arguments) is not null;
        return new SpecCostEstimator(Cache(arguments), estimate, batch, MissingKey(arguments));
    }

    // The network settings, checked here so that a dry run rejects what a real run would.
    private static (int Retries, TimeSpan Timeout, TimeSpan Backoff) Network(SummarizerArguments arguments)
    {
        var networkRetries = arguments.GetInt32("networkRetries") ?? 4;
        var timeout = arguments.GetDouble("timeout") ?? 60;
        var backoff = arguments.GetDouble("backoff") ?? 1;
        if (networkRetries < 0 || timeout <= 0 || backoff < 0)
        {
            throw new SummarizerSpecException(
                $"Summarizer '{arguments.Summarizer}': networkRetries and backoff must be at least 0 and timeout positive.");
        }

        return (networkRetries, TimeSpan.FromSeconds(timeout), TimeSpan.FromSeconds(backoff));
    }

    private static T InSpec<T>(SummarizerArguments arguments, Func<T> resolve)
    {
        try
        {
            return resolve();
        }
        catch (InvalidOperationException e)
        {
            throw new SummarizerSpecException($"Summarizer '{arguments.Summarizer}': {e.Message}");
        }
    }

    /// <summary>The fixed <c>concurrency</c>, or null for <c>auto</c>.</summary>
    public static int? FixedConcurrency(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var text = arguments.GetString("concurrency");
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit >= 1
            ? limit
            : throw new SummarizerSpecException($"Summarizer '{arguments.Summarizer}': concurrency must be 'auto' or a whole number of at least 1, not '{text}'.");
    }

    /// <summary>The batch settings when <c>mode=batch</c>, else null.</summary>
    public static BatchSettings? Batch(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (!string.Equals(arguments.GetString("mode"), "batch", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var retries = arguments.GetInt32("batchRetries") ?? 2;
        var poll = arguments.GetDouble("batchPoll") ?? 30;
        if (retries < 0 || poll <= 0)
        {
            throw new SummarizerSpecException($"Summarizer '{arguments.Summarizer}': batchRetries must be at least 0 and batchPoll positive.");
        }

        return new BatchSettings
        {
            PollInterval = TimeSpan.FromSeconds(poll),
            Retries = retries,
            Fallback = string.Equals(arguments.GetString("batchFallback"), "live", StringComparison.OrdinalIgnoreCase) ? BatchFallback.Live : BatchFallback.Batch,
        };
    }

    /// <summary>The summarizer in the spec's mode: <paramref name="live"/> itself, or wrapped for the Batch API.</summary>
    internal static ISummarizer InMode(IBatchableModel live, OpenAIConnection connection, SummarizerArguments arguments) =>
        Batch(arguments) is { } batch ? new BatchSummarizer(live, connection, batch) : live;

    /// <summary>Opens the cache unless disabled with <c>cache=none</c>.</summary>
    public static ResponseCache? Cache(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var path = arguments.GetString("cache");
        return string.IsNullOrWhiteSpace(path) || string.Equals(path, "none", StringComparison.OrdinalIgnoreCase)
            ? null
            : new ResponseCache(path);
    }
}
