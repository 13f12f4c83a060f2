using System.ClientModel.Primitives;
using SummEval.OpenAI.RateLimits;

namespace SummEval.OpenAI.Resilience;

/// <summary>
/// Retries what the SDK considers transient (429, 408, 5xx, timeouts, dropped connections) with exponential,
/// jittered backoff capped at <see cref="MaxDelay"/>; a server's <c>Retry-After</c> is honoured (also capped).
/// </summary>
public sealed class BackoffRetryPolicy : ClientRetryPolicy
{
    private readonly Func<double> _jitter;

    /// <summary>A policy with <paramref name="maxRetries"/> retries after the first try.</summary>
    public BackoffRetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay, Func<double>? jitter = null, int rateLimitRetries = 0)
        : base(maxRetries + rateLimitRetries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        ArgumentOutOfRangeException.ThrowIfNegative(rateLimitRetries);
        MaxRetries = maxRetries;
        RateLimitRetries = rateLimitRetries;
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
        _jitter = jitter ?? Random.Shared.NextDouble;
    }

    /// <summary>Retries after the first try.</summary>
    public int MaxRetries { get; }

    /// <summary>
    /// Extra retries for 429 answers only: with an adaptive limiter slowing down on each one, a rate limit is a reason
    /// to wait, not to give up after <see cref="MaxRetries"/>.
    /// </summary>
    public int RateLimitRetries { get; }

    /// <summary>The delay before the first retry (before jitter).</summary>
    public TimeSpan BaseDelay { get; }

    /// <summary>No wait is longer than this, whatever the server asks for.</summary>
    public TimeSpan MaxDelay { get; }

    /// <summary>Called before each wait (try number, delay) so callers can count retries; never sees request data.</summary>
    public Action<int, TimeSpan>? OnRetry { get; init; }

    /// <summary>The wait before retry <paramref name="tryCount"/> (1-based) given the server's Retry-After, if any.</summary>
    public TimeSpan Delay(int tryCount, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked)
        {
            return asked < MaxDelay ? asked : MaxDelay;
        }

        // Full jitter between half and all of the exponential step keeps retries spread out but bounded.
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, tryCount - 1));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * _jitter())));
    }

    /// <inheritdoc />
    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        var delay = Delay(tryCount, RetryAfter(message.Response));
        OnRetry?.Invoke(tryCount, delay);
        return delay;
    }

    /// <inheritdoc />
    protected override bool ShouldRetry(PipelineMessage message, Exception? exception) =>
        base.ShouldRetry(message, exception) && WithinBudget(message, exception);

    /// <inheritdoc />
    protected override async ValueTask<bool> ShouldRetryAsync(PipelineMessage message, Exception? exception) =>
        await base.ShouldRetryAsync(message, exception).ConfigureAwait(false) && WithinBudget(message, exception);

    private static TimeSpan? RetryAfter(PipelineResponse? response) =>
        response is null ? null : RateLimitHeaders.RetryAfterOf(name => response.Headers.TryGetValue(name, out var value) ? value : null, DateTimeOffset.UtcNow);

    // 429s and other failures have separate budgets; the base class counts their sum.
    private bool WithinBudget(PipelineMessage message, Exception? exception)
    {
        if (!message.TryGetProperty(typeof(TryCounts), out var found) || found is not TryCounts counts)
        {
            counts = new TryCounts();
            message.SetProperty(typeof(TryCounts), counts);
        }

        // Count each failed try once, however often the question is asked about it.
        object? attempt = (object?)message.Response ?? exception;
        if (!ReferenceEquals(attempt, counts.LastCounted))
        {
            counts.LastCounted = attempt;
            if (exception is null && message.Response?.Status == 429 && counts.RateLimited < RateLimitRetries)
            {
                counts.RateLimited++;
            }
            else
            {
                counts.Other++;
            }
        }

        return counts.Other <= MaxRetries;
    }

    private sealed class TryCounts
    {
        public object? LastCounted { get; set; }

        public int RateLimited { get; set; }

        public int Other { get; set; }
    }
}
