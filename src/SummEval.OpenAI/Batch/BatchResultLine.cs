using System.Text.Json;

namespace SummEval.OpenAI.Batch;

/// <summary>
/// One line of a batch's output or error file: the request's <c>custom_id</c>, and either the response (status code and
/// body) or the error that kept it from being answered (e.g. <c>batch_expired</c>).
/// </summary>
public sealed record BatchResultLine(string CustomId, int? StatusCode, BinaryData? Body, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>True when the request was answered with HTTP 200.</summary>
    public bool Answered => StatusCode == 200 && Body is not null;

    /// <summary>Reads the lines of an output or error file; a line that is not one is a <see cref="JsonException"/> naming it.</summary>
    public static IReadOnlyList<BatchResultLine> ParseFile(string content, string fileId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = new List<BatchResultLine>();
        var number = 0;
        foreach (var raw in content.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            try
            {
                lines.Add(Parse(raw));
            }
            catch (JsonException e)
            {
                throw new JsonException($"batch file {fileId}, line {number}: {e.Message}", e);
            }
        }

        return lines;
    }

    private static BatchResultLine Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var id = root.TryGetProperty("custom_id", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString()!
            : throw new JsonException("no custom_id.");
        int? status = null;
        BinaryData? body = null;
        string? code = null, message = null;
        if (root.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Object)
        {
            status = response.TryGetProperty("status_code", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
            if (response.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Object)
            {
                body = BinaryData.FromString(b.GetRawText());
                if (b.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.Object)
                {
                    (code, message) = Error(inner);
                }
            }
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            (code, message) = Error(error);
        }

        return new BatchResultLine(id, status, body, code, message);
    }

    private static (string? Code, string? Message) Error(JsonElement error) => (
        error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null,
        error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null);
}
