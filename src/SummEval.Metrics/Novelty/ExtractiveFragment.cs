namespace SummEval.Metrics;

/// <summary>A run of summary tokens copied from the source (Grusky et al. 2018).</summary>
/// <param name="SummaryStart">Index of the first token in the summary.</param>
/// <param name="SourceStart">Index of the first token in the source (the first longest match).</param>
/// <param name="Length">Number of tokens, at least 1.</param>
public readonly record struct ExtractiveFragment(int SummaryStart, int SourceStart, int Length);
