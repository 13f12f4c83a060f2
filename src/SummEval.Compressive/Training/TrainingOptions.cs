using SummEval.Compressive.Alignment;
using SummEval.Compressive.Decoding;

namespace SummEval.Compressive.Training;

/// <summary>How <see cref="CompressiveTrainer"/> builds a model.</summary>
public sealed record TrainingOptions
{
    /// <summary>The tree learner.</summary>
    public TrainerKind Trainer { get; init; } = TrainerKind.FastTree;

    /// <summary>Seed of the document split, the folds and the trainer.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share of documents held out to measure the classifier and tune the decoder.</summary>
    public double HoldOutFraction { get; init; } = 0.2;

    /// <summary>Folds for the out-of-fold keep-rate feature (so a word's own label never leaks into its features).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>How word labels come from the character alignment.</summary>
    public KeepRule KeepRule { get; init; } = KeepRule.Majority;

    /// <summary>The budget the decoder settings are tuned for.</summary>
    public int TuningBudget { get; init; } = 20;

    /// <summary>Boosting rounds.</summary>
    public int Trees { get; init; } = 300;

    /// <summary>Leaves per tree (31 overfits the ~100k word examples of CSL train; see docs/compressive.md).</summary>
    public int Leaves { get; init; } = 15;

    /// <summary>Learning rate of the boosting.</summary>
    public double LearningRate { get; init; } = 0.07;

    /// <summary>
    /// The decoder's cut cost (<see cref="Model.ModelMetadata.CutPenalty"/>), chosen by cross-validation; never tuned by
    /// <c>--tune</c> (a third setting tuned on 200 held-out documents overfits them, docs/compressive.md).
    /// </summary>
    public double CutPenalty { get; init; } = 1;

    /// <summary>
    /// Words seen fewer times in training get no keep rate of their own (the prior instead), so the features describe
    /// the roles of frequent words, not one field's vocabulary (docs/compressive.md).
    /// </summary>
    public int LexiconMinCount { get; init; } = 1;

    /// <summary>
    /// Fixed decoder threshold, chosen by 5-fold cross-validation on CSL train + multi-domain dev (docs/compressive.md). With <see cref="SegmentPenalty"/> also set, training is one
    /// fit on every document and nothing is held out or tuned; when either is null both are tuned on held-out documents.
    /// </summary>
    public double? Threshold { get; init; } = 0.08;

    /// <summary>Fixed decoder segment penalty (see <see cref="Threshold"/>); the cut cost does the segment penalty's job.</summary>
    public double? SegmentPenalty { get; init; } = 0;

    /// <summary>
    /// Candidate selection over the decodes of a settings grid and of every sentence and adjacent clause pair, by estimated F1
    /// mixed with consensus, chosen by 5-fold cross-validation on CSL train + multi-domain dev (docs/compressive.md); null
    /// decodes once with <see cref="Threshold"/> and <see cref="SegmentPenalty"/>.
    /// </summary>
    public CandidateSelection? Selection { get; init; } = new(19, 0.7, 0.02, SentenceCost: 0.01, ConsensusWeight: 0.5, LocalCandidates: true);

    /// <summary>After tuning, retrain on every document (held-out ones included) with the tuned settings.</summary>
    public bool Refit { get; init; } = true;
}
