using SummEval.Compressive.Training;

namespace SummEval.ML.Training;

/// <summary>Settings of <c>mlContext.Summarization.Trainers.Compressive</c>: the trainer's own options plus where the summaries go.</summary>
public sealed record CompressiveEstimatorOptions
{
    /// <summary>The compressive trainer's options (seed, learner, tuning budget...), as <c>summeval train compressive</c> takes them.</summary>
    public TrainingOptions Training { get; init; } = new();

    /// <summary>
    /// A name for the training data. The model's metadata records the pairs' count and hash, not this name, exactly as
    /// <c>summeval train compressive</c> does, so the same pairs and options give the same model bytes.
    /// </summary>
    public string TrainingDataName { get; init; } = "IDataView";

    /// <summary>The column the fitted transformer writes summaries to.</summary>
    public string OutputColumnName { get; init; } = "Summary";

    /// <summary>The length budget of the summaries the transformer writes (characters); null uses the model's tuned budget.</summary>
    public int? MaxChars { get; init; }
}
