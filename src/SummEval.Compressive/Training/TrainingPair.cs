namespace SummEval.Compressive.Training;

/// <summary>A source text and the reference summary (title) the model learns to approach.</summary>
/// <param name="Source">The text to compress.</param>
/// <param name="Reference">Its human summary.</param>
public sealed record TrainingPair(string Source, string Reference);
