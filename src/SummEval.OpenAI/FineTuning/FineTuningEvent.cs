namespace SummEval.OpenAI.FineTuning;

/// <summary>One event of a fine-tuning job (newest last when listed by <see cref="FineTuningService.NewEventsAsync"/>).</summary>
public sealed record FineTuningEvent(string Id, long CreatedAt, string Level, string Message, int? Step, int? TotalSteps);
