namespace SummEval.OpenAI.RateLimits;

/// <summary>A slot taken from a <see cref="RequestLimiter"/>: the adaptation round it was taken in, and whether the limit was in full use.</summary>
/// <param name="Round">The limiter's decrease count when the slot was taken; responses from older rounds do not lower the limit again.</param>
/// <param name="Saturated">True when every slot was taken, so a success says the limit could grow.</param>
public readonly record struct RequestLease(long Round, bool Saturated);
