using System.Text.Json.Nodes;

namespace SummEval.OpenAI.FineTuning;

/// <summary>The fields of a fine-tuning job SummEval uses, read from the job's JSON (kept in <see cref="Json"/>).</summary>
public sealed record FineTuningJob(
    string Id,
    string Status,
    string Model,
    string? FineTunedModel,
    IReadOnlyList<string> ResultFiles,
    long? TrainedTokens,
    JsonObject Json)
{
    /// <summary>True once the job can change no more.</summary>
    public bool IsFinished => Status is "succeeded" or "failed" or "cancelled";

    /// <summary>Reads a job object.</summary>
    public static FineTuningJob From(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new FineTuningJob(
            (string?)json["id"] ?? throw new FormatException("The fine-tuning job has no id."),
            (string?)json["status"] ?? "unknown",
            (string?)json["model"] ?? "",
            (string?)json["fine_tuned_model"],
            json["result_files"] is JsonArray files ? [.. files.Select(f => (string?)f).OfType<string>()] : [],
            json["trained_tokens"] is JsonValue t && t.TryGetValue<long>(out var tokens) ? tokens : null,
            json);
    }
}
