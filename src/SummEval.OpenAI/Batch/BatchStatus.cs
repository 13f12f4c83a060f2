using System.Text.Json;

namespace SummEval.OpenAI.Batch;

/// <summary>A batch as the API describes it: id, status, result files and request counts.</summary>
public sealed record BatchStatus(string Id, string Status, string? OutputFileId, string? ErrorFileId, int Completed, int Failed, int Total)
{
    /// <summary>The batch-level errors (e.g. why validation failed), joined; null when none.</summary>
    public string? Errors { get; init; }

    /// <summary>True once the batch will change no more (completed, failed, expired or cancelled).</summary>
    public bool IsTerminal => Status is "completed" or "failed" or "expired" or "cancelled";

    /// <summary>Reads a batch object; throws <see cref="JsonException"/> when it is not one.</summary>
    public static BatchStatus Parse(BinaryData json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int Count(string name) => root.TryGetProperty("request_counts", out var c) && c.ValueKind == JsonValueKind.Object
            && c.TryGetProperty(name, out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0;
        string? errors = null;
        if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            errors = string.Join("; ", data.EnumerateArray()
                .Select(x => x.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null)
                .Where(m => !string.IsNullOrEmpty(m)));
        }

        return new BatchStatus(
            Text("id") ?? throw new JsonException("The batch has no id."),
            Text("status") ?? throw new JsonException("The batch has no status."),
            Text("output_file_id"),
            Text("error_file_id"),
            Count("completed"),
            Count("failed"),
            Count("total"))
        {
            Errors = string.IsNullOrEmpty(errors) ? null : errors,
        };
    }
}
