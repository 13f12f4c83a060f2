using SummEval.Compressive.Alignment;
using SummEval.Compressive.Decoding;
using SummEval.Compressive.Training;

namespace SummEval.Compressive.Model;

/// <summary>What is needed besides the ML.NET classifier to reproduce a compressive model's summaries exactly.</summary>
public sealed record ModelMetadata
{
    /// <summary>The <see cref="Features.WordFeatures.SchemaVersion"/> the classifier was trained on.</summary>
    public int FeatureSchemaVersion { get; init; }

    /// <summary>Number of features per word.</summary>
    public int FeatureCount { get; init; }

    /// <summary>The trainer used.</summary>
    public TrainerKind Trainer { get; init; }

    /// <summary>The seed of the split and the trainer.</summary>
    public int Seed { get; init; }

    /// <summary>How word labels were derived from the alignment.</summary>
    public KeepRule KeepRule { get; init; }

    /// <summary>Keep probability a word must beat to be worth its characters (tuned on held-out training documents).</summary>
    public double Threshold { get; init; }

    /// <summary>Cost of opening a segment in the decoder (tuned on held-out training documents).</summary>
    public double SegmentPenalty { get; init; }

    /// <summary>
    /// Cost, per unit of the neighbour's keep probability, of opening a segment right after a word or closing one right
    /// before it (cutting into a phrase); chosen on held-out training documents.
    /// </summary>
    public double CutPenalty { get; init; }

    /// <summary>
    /// When set, summaries are chosen among the decodes of a fixed settings grid by estimated F1 (<see cref="CandidateSelection"/>);
    /// <see cref="Threshold"/>, <see cref="SegmentPenalty"/> and <see cref="CutPenalty"/> are then used only when a request overrides them.
    /// </summary>
    public CandidateSelection? Selection { get; init; }

    /// <summary>Words seen fewer times than this in training have no keep rate of their own (the prior is used).</summary>
    public int LexiconMinCount { get; init; } = 1;

    /// <summary>The budget used when a request has none.</summary>
    public int DefaultBudget { get; init; } = 30;

    /// <summary>Number of training documents.</summary>
    public int TrainingDocuments { get; init; }

    /// <summary>Where the training data came from.</summary>
    public string TrainingData { get; init; } = "";

    /// <summary>Held-out word AUC of the classifier.</summary>
    public double HeldOutAuc { get; init; }

    /// <summary>Held-out word F1 of the classifier at probability 0.5.</summary>
    public double HeldOutF1 { get; init; }

    /// <summary>Held-out character ROUGE-L F1 of the summaries at the tuning budget.</summary>
    public double HeldOutRougeL { get; init; }
}
