namespace SummEval.Metrics;

/// <summary>Corpus (macro) means of one ROUGE metric, with a 95 % bootstrap confidence interval on the mean F1.</summary>
/// <param name="Precision">Mean per-document precision.</param>
/// <param name="Recall">Mean per-document recall.</param>
/// <param name="F1">Mean per-document F1.</param>
/// <param name="CiLow">2.5th percentile of the bootstrap mean F1.</param>
/// <param name="CiHigh">97.5th percentile of the bootstrap mean F1.</param>
public sealed record MetricSummary(double Precision, double Recall, double F1, double CiLow, double CiHigh);
