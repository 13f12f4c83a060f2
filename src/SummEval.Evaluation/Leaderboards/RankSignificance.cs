using SummEval.Metrics;

namespace SummEval.Leaderboards;

/// <summary>Whether a ranked entry is significantly ahead of the next one: a paired bootstrap on per-document ROUGE-L F1.</summary>
public sealed record RankSignificance(string Better, string Next, PairedTestResult Test);
