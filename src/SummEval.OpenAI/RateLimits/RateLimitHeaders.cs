using System.Globalization;

namespace SummEval.OpenAI.RateLimits;

/// <summary>
/// What a response says about the rate limit: <c>Retry-After</c>/<c>retry-after-ms</c>, and OpenAI's
/// <c>x-ratelimit-limit-*</c>, <c>x-ratelimit-remaining-*</c> and <c>x-ratelimit-reset-*</c> for requests and tokens.
/// </summary>
/// <param name="RetryAfter">How long the server asks to wait (429/503), if it says.</param>
/// <param name="Requests">The request budget, if the server reports it.</param>
/// <param name="Tokens">The token budget, if the server reports it.</param>
public sealed record RateLimitHeaders(TimeSpan? RetryAfter, RateLimitBudget? Requests, RateLimitBudget? Tokens)
{
    /// <summary>Reads the headers through <paramref name="header"/> (name to value, null when absent).</summary>
    public static RateLimitHeaders Read(Func<string, string?> header, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new RateLimitHeaders(RetryAfterOf(header, now), Budget(header, "requests"), Budget(header, "tokens"));
    }

    /// <summary>The server's requested wait: <c>retry-after-ms</c> (OpenAI, precise), else <c>Retry-After</c> in seconds or as a date.</summary>
    public static TimeSpan? RetryAfterOf(Func<string, string?> header, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (double.TryParse(header("retry-after-ms"), NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        var value = header("Retry-After");
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>
    /// Parses OpenAI's reset durations: <c>20ms</c>, <c>1s</c>, <c>6m0s</c>, <c>1h2m3.5s</c>, or a bare number of seconds.
    /// </summary>
    public static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var bare))
        {
            return bare >= 0 ? TimeSpan.FromSeconds(bare) : null;
        }

        var total = 0.0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (start == i || !double.TryParse(text.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            var unitStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            double? seconds = text[unitStart..i] switch
            {
                "h" => number * 3600,
                "m" => number * 60,
                "s" => number,
                "ms" => number / 1000,
                _ => null,
            };
            if (seconds is null)
            {
                return null;
            }

            total += seconds.Value;
        }

        return TimeSpan.FromSeconds(total);
    }

    private static RateLimitBudget? Budget(Func<string, string?> header, string what)
    {
        var remaining = long.TryParse(header("x-ratelimit-remaining-" + what), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : (long?)null;
        if (remaining is null)
        {
            return null;
        }

        var limit = long.TryParse(header("x-ratelimit-limit-" + what), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : (long?)null;
        return new RateLimitBudget(limit, remaining.Value, ParseDuration(header("x-ratelimit-reset-" + what)));
    }
}
