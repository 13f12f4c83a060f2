namespace SummEval.Judging;

/// <summary>A judge model's raw answer with what it cost.</summary>
/// <param name="Text">The answer as the model gave it.</param>
/// <param name="InputTokens">Prompt tokens the provider reported.</param>
/// <param name="OutputTokens">Answer tokens the provider reported.</param>
/// <param name="CostUsd">Estimated cost, or null when the model's price is unknown.</param>
/// <param name="Cached">True when the answer came from the cache (no request was made).</param>
public sealed record JudgeReply(string Text, long InputTokens, long OutputTokens, decimal? CostUsd, bool Cached);
