namespace SummEval.Metrics;

/// <summary>Outcome of a paired significance test of system A against system B.</summary>
/// <param name="MeanDifference">Mean of the per-document differences A − B.</param>
/// <param name="PValue">Two-sided p-value of "no difference".</param>
/// <param name="CiLow">2.5th percentile of the bootstrap mean difference.</param>
/// <param name="CiHigh">97.5th percentile of the bootstrap mean difference.</param>
/// <param name="Samples">Number of bootstrap resamples.</param>
public sealed record PairedTestResult(double MeanDifference, double PValue, double CiLow, double CiHigh, int Samples);
