namespace SummEval.OpenAI.RateLimits;

/// <summary>One rate-limit budget as the server reports it (requests or tokens).</summary>
/// <param name="Limit">The budget's size (<c>x-ratelimit-limit-*</c>), if given.</param>
/// <param name="Remaining">What is left now (<c>x-ratelimit-remaining-*</c>).</param>
/// <param name="Reset">Time until the budget is full again (<c>x-ratelimit-reset-*</c>), if given.</param>
public sealed record RateLimitBudget(long? Limit, long Remaining, TimeSpan? Reset)
{
    /// <summary>
    /// The time the budget needs to regain one unit, assuming it refills evenly until <see cref="Reset"/>: the spacing
    /// that sends no faster than the server refills. Null when the headers do not say.
    /// </summary>
    public TimeSpan? RefillInterval => Reset is { } reset && Limit is { } limit && limit > Remaining
        ? reset / (limit - Remaining)
        : Reset;
}
