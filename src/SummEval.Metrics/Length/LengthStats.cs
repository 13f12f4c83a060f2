namespace SummEval.Metrics;

/// <summary>How well a set of summaries keeps a character budget; lengths are Unicode code points.</summary>
/// <param name="MaxChars">The budget, or null when there is none.</param>
/// <param name="Adherence">Share of summaries within the budget (1 with no budget or no summaries).</param>
/// <param name="MeanChars">Mean length.</param>
/// <param name="MedianChars">Median length (mean of the two middle values for an even count).</param>
/// <param name="P95Chars">95th percentile length, linearly interpolated (numpy's default).</param>
/// <param name="MeanOvershoot">Mean of <c>chars - MaxChars</c> over the violators only; 0 when none.</param>
/// <param name="Empty">Number of empty summaries (zero characters).</param>
public sealed record LengthStats(int? MaxChars, double Adherence, double MeanChars, double MedianChars,
                                 double P95Chars, double MeanOvershoot, int Empty);
