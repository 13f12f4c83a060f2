using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace SummEval.OpenAI.Tests.Fakes;

/// <summary>
/// A request rate limit like OpenAI's: a bucket of <see cref="Capacity"/> requests refilled at <see cref="RatePerSecond"/>.
/// Every answer carries <c>x-ratelimit-limit/remaining/reset-requests</c>; an empty bucket answers 429 with
/// <c>retry-after-ms</c> and <c>Retry-After</c> (the time until the next request is allowed).
/// </summary>
public sealed class TokenBucket(double ratePerSecond, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _tokens = capacity;
    private double _last;

    public double RatePerSecond { get; } = ratePerSecond;

    public int Capacity { get; } = capacity;

    /// <summary>Requests let through.</summary>
    public int Allowed { get; private set; }

    /// <summary>Requests answered 429.</summary>
    public int Rejected { get; private set; }

    /// <summary>Takes one request from the bucket, setting the rate-limit headers; false when it must be rejected.</summary>
    public bool TryTake(WebHeaderCollection headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        lock (_gate)
        {
            var now = _clock.Elapsed.TotalSeconds;
            _tokens = Math.Min(Capacity, _tokens + ((now - _last) * RatePerSecond));
            _last = now;
            var allowed = _tokens >= 1;
            if (allowed)
            {
                _tokens -= 1;
                Allowed++;
            }
            else
            {
                Rejected++;
                var wait = (1 - _tokens) / RatePerSecond;
                headers["retry-after-ms"] = Math.Ceiling(wait * 1000).ToString(CultureInfo.InvariantCulture);
                headers["Retry-After"] = Math.Ceiling(wait).ToString(CultureInfo.InvariantCulture);
            }

            headers["x-ratelimit-limit-requests"] = Capacity.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-remaining-requests"] = Math.Floor(_tokens).ToString(CultureInfo.InvariantCulture);
            // OpenAI's format: the time until the bucket is full again, e.g. "20ms", "1s", "6m0s".
            headers["x-ratelimit-reset-requests"] = Duration((Capacity - _tokens) / RatePerSecond);
            return allowed;
        }
    }

    private static string Duration(double seconds) => seconds < 1
        ? Math.Ceiling(seconds * 1000).ToString(CultureInfo.InvariantCulture) + "ms"
        : seconds >= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(seconds / 60)}m{seconds % 60:0.###}s")
            : seconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
}
