using System.ClientModel;
using System.ClientModel.Primitives;
using System.Security.Cryptography;
using System.Text;
using OpenAI;
using SummEval.OpenAI.RateLimits;

namespace SummEval.OpenAI.Resilience;

/// <summary>
/// Where and how to reach an OpenAI-compatible API: endpoint (parameter, else <c>OPENAI_BASE_URL</c>, else OpenAI),
/// key (parameter, else <c>OPENAI_API_KEY</c>), retries, backoff and timeout. The key is held privately and never
/// printed: <see cref="ToString"/> shows only the endpoint.
/// </summary>
public sealed class OpenAIConnection
{
    /// <summary>OpenAI's own API.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.openai.com/v1");

    private readonly string _apiKey;

    /// <summary>A connection; see <see cref="Resolve"/> for the environment fallbacks.</summary>
    public OpenAIConnection(Uri endpoint, string apiKey)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        Endpoint = endpoint;
        _apiKey = apiKey;
    }

    /// <summary>The API base URL (ending in <c>/v1</c> for OpenAI).</summary>
    public Uri Endpoint { get; }

    /// <summary>Retries after the first try for transient failures.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first backoff step.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Per-try network timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Observes retries (try number and wait); used for logging and tests.</summary>
    public Action<int, TimeSpan>? OnRetry { get; init; }

    /// <summary>Bounds and paces every HTTP attempt through this connection's clients, if set.</summary>
    public RequestLimiter? Limiter { get; init; }

    /// <summary>
    /// The endpoint with a SHA-256 digest of the key: which account a request goes to, safe to keep in memory as a
    /// dictionary key (the key itself cannot be recovered from it). Never written anywhere.
    /// </summary>
    public string Identity => Endpoint + "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_apiKey)));

    /// <summary>What a connection without a key fails with (it names where the key is read from, never a value).</summary>
    internal const string MissingKeyMessage = "No OpenAI API key: set the OPENAI_API_KEY environment variable (or pass apiKey=...).";

    /// <summary>
    /// Resolves endpoint and key from the given values or the environment; fails with a clear message (never
    /// echoing any key) when no key is available.
    /// </summary>
    public static OpenAIConnection Resolve(string? endpoint, string? apiKey, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var key = Key(apiKey, environment);
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException(MissingKeyMessage);
        }

        return new OpenAIConnection(ResolveEndpoint(endpoint, environment), key);
    }

    /// <summary>The endpoint <see cref="Resolve"/> would use, for what needs no key (cost estimates name their cache entries by it).</summary>
    internal static Uri ResolveEndpoint(string? endpoint, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var url = string.IsNullOrWhiteSpace(endpoint) ? environment("OPENAI_BASE_URL") : endpoint;
        Uri uri = DefaultEndpoint;
        if (!string.IsNullOrWhiteSpace(url) && !Uri.TryCreate(url.TrimEnd('/'), UriKind.Absolute, out uri!))
        {
            throw new InvalidOperationException($"OpenAI endpoint '{url}' is not an absolute URL (e.g. http://127.0.0.1:8080/v1).");
        }

        return uri;
    }

    /// <summary>Whether <see cref="Resolve"/> would find a key (given, else in the environment); the key itself is not returned.</summary>
    internal static bool HasKey(string? apiKey, Func<string, string?>? environment = null) =>
        !string.IsNullOrEmpty(Key(apiKey, environment ?? Environment.GetEnvironmentVariable));

    /// <summary>A copy with other retry and timeout settings (same endpoint and key).</summary>
    public OpenAIConnection With(int maxRetries, TimeSpan timeout, TimeSpan? baseDelay = null, Action<int, TimeSpan>? onRetry = null) =>
        Copy(maxRetries, timeout, baseDelay ?? BaseDelay, onRetry ?? OnRetry, Limiter);

    /// <summary>A copy whose requests go through <paramref name="limiter"/>.</summary>
    public OpenAIConnection WithLimiter(RequestLimiter? limiter) => Copy(MaxRetries, Timeout, BaseDelay, OnRetry, limiter);

    /// <summary>The SDK's client with this connection's retry policy and timeout.</summary>
    public OpenAIClient CreateClient() => new(new ApiKeyCredential(_apiKey), CreateOptions());

    /// <summary>The SDK options (endpoint, bounded jittered retries, timeout).</summary>
    public OpenAIClientOptions CreateOptions()
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = Endpoint,
            NetworkTimeout = Timeout,
            // Under an adaptive limiter a 429 slows everything down, so it earns more patience than other failures.
            RetryPolicy = new BackoffRetryPolicy(MaxRetries, BaseDelay, MaxDelay, rateLimitRetries: Limiter is { Adaptive: true } ? AdaptiveRateLimitRetries : 0)
            {
                OnRetry = OnRetry,
            },
        };
        if (Limiter is not null)
        {
            options.AddPolicy(new RequestLimiterPolicy(Limiter), PipelinePosition.PerTry);
        }

        return options;
    }

    /// <summary>Extra retries a request gets for 429 answers when the concurrency is adaptive.</summary>
    public const int AdaptiveRateLimitRetries = 16;

    /// <summary>Replaces any occurrence of the key in <paramref name="text"/> (defence in depth for server messages).</summary>
    public string Redact(string text) =>
        _apiKey.Length >= 4 ? text.Replace(_apiKey, "***", StringComparison.Ordinal) : text;

    /// <inheritdoc />
    public override string ToString() => Endpoint.ToString();

    private static string? Key(string? apiKey, Func<string, string?> environment) =>
        string.IsNullOrEmpty(apiKey) ? environment("OPENAI_API_KEY") : apiKey;

    private OpenAIConnection Copy(int maxRetries, TimeSpan timeout, TimeSpan baseDelay, Action<int, TimeSpan>? onRetry, RequestLimiter? limiter) =>
        new(Endpoint, _apiKey)
        {
            MaxRetries = maxRetries,
            Timeout = timeout,
            BaseDelay = baseDelay,
            MaxDelay = MaxDelay,
            OnRetry = onRetry,
            Limiter = limiter,
        };
}
