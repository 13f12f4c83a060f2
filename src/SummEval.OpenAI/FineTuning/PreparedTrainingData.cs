namespace SummEval.OpenAI.FineTuning;

/// <summary>A prepared training file: its JSONL lines, what was checked and fixed, token count and cost estimate.</summary>
public sealed record PreparedTrainingData(
    IReadOnlyList<string> Lines,
    IReadOnlyList<string> Notes,
    long Tokens,
    string TokenizerModel,
    int Epochs,
    decimal? EstimatedCostUsd);
