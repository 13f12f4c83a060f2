namespace SummEval.OpenAI.Pricing;

/// <summary>US dollars per million tokens for one model: input, output, and training (fine-tuning) when offered.</summary>
public sealed record ModelPrice(decimal InputPerMillion, decimal OutputPerMillion, decimal? TrainingPerMillion = null);
