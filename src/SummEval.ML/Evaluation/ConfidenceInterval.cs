namespace SummEval.ML.Evaluation;

/// <summary>A 95 % bootstrap confidence interval of a corpus mean.</summary>
/// <param name="Low">The 2.5th percentile of the resampled means.</param>
/// <param name="High">The 97.5th percentile of the resampled means.</param>
public readonly record struct ConfidenceInterval(double Low, double High);
