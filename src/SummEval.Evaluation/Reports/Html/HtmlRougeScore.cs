namespace SummEval.Reports.Html;

/// <summary>One ROUGE variant's corpus scores, with the bootstrap confidence interval of its F1.</summary>
/// <param name="Precision">Precision, 0..1.</param>
/// <param name="Recall">Recall, 0..1.</param>
/// <param name="F1">F1, 0..1.</param>
/// <param name="F1Low">Lower end of the F1 confidence interval (NaN when not computed).</param>
/// <param name="F1High">Upper end of the F1 confidence interval (NaN when not computed).</param>
public sealed record HtmlRougeScore(double Precision, double Recall, double F1, double F1Low, double F1High);
