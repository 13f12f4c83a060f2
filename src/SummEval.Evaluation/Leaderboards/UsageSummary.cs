namespace SummEval.Leaderboards;

/// <summary>
/// Tokens and money a summarizer spent on its documents (model APIs report them; local summarizers have none).
/// <see cref="CostUsd"/> is what the summaries cost when first computed; <see cref="CachedDocuments"/> of them were
/// answered from the request cache in this run and cost nothing again.
/// </summary>
public sealed record UsageSummary(long InputTokens, long OutputTokens, decimal? CostUsd, int CachedDocuments);
