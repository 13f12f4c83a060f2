namespace SummEval.Compressive.Training;

/// <summary>The decoder's settings (<see cref="Model.ModelMetadata.Threshold"/>, segment and cut penalties).</summary>
/// <param name="Threshold">Keep probability a word must beat.</param>
/// <param name="Penalty">Cost of each segment.</param>
/// <param name="Cut">Cost of cutting into a phrase.</param>
public sealed record DecoderSettings(double Threshold, double Penalty, double Cut);
