using System.Text.Json.Nodes;
using OpenAI.Files;
using SummEval.OpenAI.Resilience;

namespace SummEval.OpenAI.Batch;

/// <summary>
/// The Batch API through the OpenAI SDK: its file client for <c>/v1/files</c> (upload with purpose <c>batch</c>,
/// download), and its pipeline for <c>/v1/batches</c> (the SDK's batch client is experimental, OPENAI001), so
/// authentication, retries, timeouts and the rate limiter are the same as live mode's.
/// </summary>
public sealed class BatchApi
{
    /// <summary>The only completion window the Batch API offers.</summary>
    public const string CompletionWindow = "24h";

    private readonly OpenAIFileClient _files;
    private readonly JsonRequests _json;

    /// <summary>A client for <paramref name="connection"/>.</summary>
    public BatchApi(OpenAIConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var client = connection.CreateClient();
        _files = client.GetOpenAIFileClient();
        _json = new JsonRequests(connection, client.Pipeline);
    }

    /// <summary>Uploads a request file (purpose <c>batch</c>) and returns its id.</summary>
    public async Task<string> UploadAsync(BinaryData jsonl, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jsonl);
        using var stream = jsonl.ToStream();
        var file = await _files.UploadFileAsync(stream, fileName, FileUploadPurpose.Batch, cancellationToken).ConfigureAwait(false);
        return file.Value.Id;
    }

    /// <summary>Creates a batch over an uploaded request file, for <paramref name="endpoint"/> (e.g. <c>/v1/chat/completions</c>).</summary>
    public async Task<BatchStatus> CreateAsync(string inputFileId, string endpoint, CancellationToken cancellationToken) =>
        BatchStatus.Parse(await _json.SendAsync(
            "POST",
            "batches",
            new JsonObject { ["input_file_id"] = inputFileId, ["endpoint"] = endpoint, ["completion_window"] = CompletionWindow },
            cancellationToken).ConfigureAwait(false));

    /// <summary>The batch's current state.</summary>
    public async Task<BatchStatus> GetAsync(string batchId, CancellationToken cancellationToken) =>
        BatchStatus.Parse(await _json.SendAsync("GET", "batches/" + Uri.EscapeDataString(batchId), null, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// The batch created over <paramref name="inputFileId"/>, if any, among the account's most recent batches (newest
    /// first, up to <paramref name="pages"/> pages of 100): finds a batch whose creation answer was lost.
    /// </summary>
    public async Task<BatchStatus?> FindByInputFileAsync(string inputFileId, CancellationToken cancellationToken, int pages = 5)
    {
        string? after = null;
        for (var page = 0; page < pages; page++)
        {
            var list = JsonNode.Parse((await _json.SendAsync("GET", "batches?limit=100" + (after is null ? string.Empty : "&after=" + Uri.EscapeDataString(after)), null, cancellationToken).ConfigureAwait(false)).ToString());
            var data = (list?["data"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            if (data.FirstOrDefault(b => (string?)b["input_file_id"] == inputFileId) is { } found)
            {
                return BatchStatus.Parse(BinaryData.FromString(found.ToJsonString()));
            }

            if (data.Count == 0 || list?["has_more"]?.GetValue<bool>() != true)
            {
                return null;
            }

            after = (string?)data[^1]["id"];
        }

        return null;
    }

    /// <summary>Asks the API to cancel the batch; lines it had not answered end up unanswered.</summary>
    public async Task<BatchStatus> CancelAsync(string batchId, CancellationToken cancellationToken) =>
        BatchStatus.Parse(await _json.SendAsync("POST", $"batches/{Uri.EscapeDataString(batchId)}/cancel", new JsonObject(), cancellationToken).ConfigureAwait(false));

    /// <summary>A file's content (<c>/v1/files/{id}/content</c>) as text.</summary>
    public async Task<string> DownloadAsync(string fileId, CancellationToken cancellationToken)
    {
        var content = await _files.DownloadFileAsync(fileId, cancellationToken).ConfigureAwait(false);
        return content.Value.ToString();
    }
}
