using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using System.Text.Json.Nodes;
using OpenAI.Files;
using SummEval.OpenAI.Resilience;

namespace SummEval.OpenAI.FineTuning;

/// <summary>
/// Fine-tuning jobs over the OpenAI client's pipeline (authentication, retries and timeouts are the SDK's): files
/// are uploaded with the SDK's file client; jobs are read as JSON, which is also where the fine-tuned model's name is
/// (the SDK's typed fine-tuning client is still experimental, OPENAI001).
/// </summary>
public sealed class FineTuningService
{
    private readonly OpenAIConnection _connection;
    private readonly JsonRequests _json;
    private readonly OpenAIFileClient _files;

    /// <summary>A service for <paramref name="connection"/>.</summary>
    public FineTuningService(OpenAIConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        var client = connection.CreateClient();
        _json = new JsonRequests(connection, client.Pipeline);
        _files = client.GetOpenAIFileClient();
    }

    /// <summary>Uploads a training file (purpose fine-tune) and returns its id.</summary>
    public async Task<string> UploadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        var file = await Guard(() => _files.UploadFileAsync(stream, Path.GetFileName(path), FileUploadPurpose.FineTune, cancellationToken)).ConfigureAwait(false);
        return file.Value.Id;
    }

    /// <summary>Starts a job on a base model or an earlier fine-tuned model.</summary>
    public async Task<FineTuningJob> CreateAsync(string trainingFileId, string model, string? suffix, int? epochs, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["training_file"] = trainingFileId, ["model"] = model };
        if (!string.IsNullOrEmpty(suffix))
        {
            body["suffix"] = suffix;
        }

        if (epochs is { } n)
        {
            body["hyperparameters"] = new JsonObject { ["n_epochs"] = n };
        }

        return FineTuningJob.From(await SendAsync("POST", "fine_tuning/jobs", body, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The job's current state.</summary>
    public async Task<FineTuningJob> GetAsync(string jobId, CancellationToken cancellationToken = default) =>
        FineTuningJob.From(await SendAsync("GET", "fine_tuning/jobs/" + Uri.EscapeDataString(jobId), null, cancellationToken).ConfigureAwait(false));

    /// <summary>The most recent jobs.</summary>
    public async Task<IReadOnlyList<FineTuningJob>> ListAsync(int limit = 20, CancellationToken cancellationToken = default)
    {
        var page = await SendAsync("GET", $"fine_tuning/jobs?limit={limit}", null, cancellationToken).ConfigureAwait(false);
        return [.. (page["data"] as JsonArray ?? []).OfType<JsonObject>().Select(FineTuningJob.From)];
    }

    /// <summary>Cancels a job.</summary>
    public async Task<FineTuningJob> CancelAsync(string jobId, CancellationToken cancellationToken = default) =>
        FineTuningJob.From(await SendAsync("POST", $"fine_tuning/jobs/{Uri.EscapeDataString(jobId)}/cancel", new JsonObject(), cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Events not in <paramref name="seen"/>, oldest first (the API lists newest first; pages until a seen event).
    /// </summary>
    public async Task<IReadOnlyList<FineTuningEvent>> NewEventsAsync(string jobId, ISet<string> seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var fresh = new List<FineTuningEvent>();
        string? after = null;
        while (true)
        {
            var query = $"fine_tuning/jobs/{Uri.EscapeDataString(jobId)}/events?limit=50" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after));
            var page = await SendAsync("GET", query, null, cancellationToken).ConfigureAwait(false);
            var data = (page["data"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            var reachedSeen = false;
            foreach (var e in data)
            {
                var id = (string?)e["id"] ?? "";
                if (seen.Contains(id))
                {
                    reachedSeen = true;
                    break;
                }

                fresh.Add(new FineTuningEvent(
                    id,
                    e["created_at"] is JsonValue c && c.TryGetValue<long>(out var at) ? at : 0,
                    (string?)e["level"] ?? "info",
                    (string?)e["message"] ?? "",
                    e["data"]?["step"] is JsonValue s && s.TryGetValue<int>(out var step) ? step : null,
                    e["data"]?["total_steps"] is JsonValue t && t.TryGetValue<int>(out var total) ? total : null));
            }

            if (reachedSeen || data.Count == 0 || page["has_more"]?.GetValue<bool>() != true)
            {
                break;
            }

            after = (string?)data[^1]["id"];
        }

        fresh.Reverse();
        foreach (var e in fresh)
        {
            seen.Add(e.Id);
        }

        return fresh;
    }

    /// <summary>A file's content as text; fine-tuning result files (base64 CSV) are decoded.</summary>
    public async Task<string> DownloadTextAsync(string fileId, CancellationToken cancellationToken = default)
    {
        var content = await Guard(() => _files.DownloadFileAsync(fileId, cancellationToken)).ConfigureAwait(false);
        var text = content.Value.ToString().Trim();
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(text));
            return decoded.StartsWith("step", StringComparison.Ordinal) ? decoded : text;
        }
        catch (FormatException)
        {
            return text;
        }
    }

    private Task<JsonObject> SendAsync(string method, string relative, JsonObject? body, CancellationToken cancellationToken) =>
        Guard(async () => JsonNode.Parse((await _json.SendAsync(method, relative, body, cancellationToken).ConfigureAwait(false)).ToString()) as JsonObject
            ?? throw new FormatException("Expected a JSON object."));

    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (OpenAIRequestException.From(e, "fine-tuning", _connection, CancellationToken.None) is { } clear
            && e is not OperationCanceledException)
        {
            throw clear;
        }
    }
}
