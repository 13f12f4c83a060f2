using System.Collections.Concurrent;

namespace SummEval.OpenAI.RateLimits;

/// <summary>
/// One adaptive <see cref="RequestLimiter"/> per endpoint and key in this process, so every summarizer calling the same
/// account shares one view of its rate limit. Keys are held only as a SHA-256 digest.
/// </summary>
public static class SharedLimiters
{
    private static readonly ConcurrentDictionary<string, RequestLimiter> Limiters = new(StringComparer.Ordinal);

    /// <summary>The adaptive limiter for <paramref name="identity"/> (endpoint plus key digest), created on first use.</summary>
    public static RequestLimiter For(string identity) => Limiters.GetOrAdd(identity, _ => RequestLimiter.Auto());
}
