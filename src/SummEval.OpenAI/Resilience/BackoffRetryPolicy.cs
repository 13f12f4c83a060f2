using System.ClientModel.Primitives;
using System.Globalization;

namespace SummEval.OpenAI.Resilience;

/// <summary>
/// Retries what the SDK considers transient (429, 408, 5xx, timeouts, dropped connections) with exponential,
/// jittered backoff capped at <see cref="MaxDelay"/>; a server's <c>Retry-After</c> is honoured (also capped).
/// </summary>
public sealed class BackoffRetryPolicy : ClientRetryPolicy
{
    private readonly Func<double> _jitter;

    /// <summary>A policy with <paramref name="maxRetries"/> retries after the first try.</summary>
    public BackoffRetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay, Func<double>? jitter = null)
        : base(maxRetries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        MaxRetries = maxRetries;
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
        _jitter = jitter ?? Random.Shared.NextDouble;
    }

    /// <summary>Retries after the first try.</summary>
    public int MaxRetries { get; }

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

    private static TimeSpan? RetryAfter(PipelineResponse? response)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (response.Headers.TryGetValue("Retry-After", out var value) && value is not null)
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                var wait = at - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return null;
    }
}
