namespace SummEval.ML.Evaluation;

/// <summary>One ROUGE variant over a data set: macro means of the per-summary scores and the F1's 95 % interval.</summary>
/// <param name="Precision">Mean precision.</param>
/// <param name="Recall">Mean recall.</param>
/// <param name="F1">Mean F1.</param>
/// <param name="F1Interval">Seeded bootstrap 95 % interval of the mean F1.</param>
public sealed record RougeMetrics(double Precision, double Recall, double F1, ConfidenceInterval F1Interval);
