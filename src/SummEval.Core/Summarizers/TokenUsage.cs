namespace SummEval.Summarizers;

/// <summary>Tokens consumed by one summary, and their estimated price when known.</summary>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Completion tokens.</param>
/// <param name="CostUsd">Estimated cost in US dollars, or null when the price is unknown.</param>
public sealed record TokenUsage(long InputTokens, long OutputTokens, decimal? CostUsd = null)
{
    /// <summary>Sum of two usages; the cost is known only when both are.</summary>
    public static TokenUsage operator +(TokenUsage a, TokenUsage b) =>
        new(a.InputTokens + b.InputTokens, a.OutputTokens + b.OutputTokens, a.CostUsd + b.CostUsd);
}
