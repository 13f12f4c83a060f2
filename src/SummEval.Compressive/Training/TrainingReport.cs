namespace SummEval.Compressive.Training;

/// <summary>What training measured: the classifier on held-out words, and the summaries on held-out documents.</summary>
/// <param name="Documents">Training pairs used.</param>
/// <param name="Words">Word examples in all documents.</param>
/// <param name="KeptShare">Share of words labelled kept.</param>
/// <param name="HeldOutAuc">Area under the ROC curve on held-out words.</param>
/// <param name="HeldOutF1">F1 of the kept class on held-out words (probability 0.5).</param>
/// <param name="HeldOutRougeL">Character ROUGE-L F1 of held-out summaries at the tuning budget.</param>
/// <param name="Threshold">The tuned keep-probability threshold.</param>
/// <param name="SegmentPenalty">The tuned segment penalty.</param>
/// <param name="Elapsed">Wall time of the whole training.</param>
public sealed record TrainingReport(
    int Documents, int Words, double KeptShare, double HeldOutAuc, double HeldOutF1, double HeldOutRougeL, double Threshold, double SegmentPenalty, TimeSpan Elapsed);
