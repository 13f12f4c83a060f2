namespace SummEval.Metrics;

/// <summary>A corpus mean of a per-document figure with its 95 % bootstrap confidence interval.</summary>
/// <param name="Mean">The mean over documents.</param>
/// <param name="CiLow">2.5th percentile of the bootstrap means.</param>
/// <param name="CiHigh">97.5th percentile of the bootstrap means.</param>
public readonly record struct MeanInterval(double Mean, double CiLow, double CiHigh);
