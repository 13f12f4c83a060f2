using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SummEval.OpenAI.Tests.Fakes;

/// <summary>
/// The <c>/v1/batches</c> part of <see cref="FakeOpenAIServer"/>: create, retrieve, cancel and list, with a configurable
/// lifecycle. A batch moves one status per retrieve through <see cref="Lifecycle"/> (validating, in_progress, finalizing),
/// stays in_progress while <see cref="Hold"/> is set, then ends as <see cref="Ending"/>; its lines are answered from the
/// same stub answers as live requests, except those <see cref="LineFailure"/> marks.
/// </summary>
public sealed class FakeBatches
{
    private readonly Lock _gate = new();
    private readonly FakeFiles _files;
    private readonly Func<bool, JsonObject, (int Status, JsonObject Body)> _answer;
    private readonly List<Batch> _batches = [];
    private int _retrieved;

    internal FakeBatches(FakeFiles files, Func<bool, JsonObject, (int Status, JsonObject Body)> answer)
    {
        _files = files;
        _answer = answer;
    }

    /// <summary>The statuses a batch passes through before it ends, one per retrieve.</summary>
    public IReadOnlyList<string> Lifecycle { get; set; } = ["validating", "in_progress", "finalizing"];

    /// <summary>While true, batches that reached in_progress stay there (a long batch, to kill a run mid-poll).</summary>
    public bool Hold { get; set; }

    /// <summary>How the next batches end: <c>completed</c>, <c>expired</c> (lines marked by <see cref="LineFailure"/> unanswered), or <c>failed</c>.</summary>
    public string Ending { get; set; } = "completed";

    /// <summary>
    /// Marks lines (by batch number from 1 and 0-based line index) that get no answer: <c>expired</c> (error
    /// <c>batch_expired</c>), <c>server_error</c> (a 500 response) or <c>content_filter</c> (a 400); null answers the line.
    /// </summary>
    public Func<int, int, string?>? LineFailure { get; set; }

    /// <summary>Batches created so far: id, endpoint and the custom ids of their lines.</summary>
    public IReadOnlyList<(string Id, string Endpoint, IReadOnlyList<string> CustomIds)> Created
    {
        get
        {
            lock (_gate)
            {
                return [.. _batches.Select(b => (b.Id, b.Endpoint, (IReadOnlyList<string>)[.. b.Lines.Select(l => (string)l["custom_id"]!)]))];
            }
        }
    }

    /// <summary>Retrieve requests served (polls).</summary>
    public int Retrieved => Volatile.Read(ref _retrieved);

    internal (int Status, JsonNode? Json, string? Text)? Handle(string method, string[] parts, byte[] body)
    {
        // parts[0] == "v1", parts[1] == "batches"
        lock (_gate)
        {
            return (method, parts.Length) switch
            {
                ("POST", 2) => Create(body),
                ("GET", 2) => (200, new JsonObject { ["object"] = "list", ["data"] = new JsonArray([.. Enumerable.Reverse(_batches).Select(b => (JsonNode)b.ToJson())]), ["has_more"] = false }, null),
                ("GET", 3) => Find(parts[2]) is { } batch ? (200, Advance(batch).ToJson(), null) : NotFound(),
                ("POST", 4) when parts[3] == "cancel" => Find(parts[2]) is { } batch ? (200, Cancel(batch).ToJson(), null) : NotFound(),
                _ => null,
            };
        }
    }

    private static (int, JsonNode?, string?) NotFound() => (404, FakeOpenAIServer.Error("No such batch", "not_found"), null);

    private Batch? Find(string id) => _batches.FirstOrDefault(b => b.Id == id);

    private (int, JsonNode?, string?) Create(byte[] body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        var fileId = (string?)request["input_file_id"] ?? "";
        var endpoint = (string?)request["endpoint"] ?? "";
        if (!_files.TryGet(fileId, out var file) || file.Purpose != "batch")
        {
            return (400, FakeOpenAIServer.Error($"Invalid input_file_id '{fileId}': no file with purpose 'batch'.", "invalid_request"), null);
        }

        if (endpoint is not ("/v1/chat/completions" or "/v1/completions" or "/v1/embeddings" or "/v1/responses"))
        {
            return (400, FakeOpenAIServer.Error($"Unsupported endpoint '{endpoint}'.", "invalid_request"), null);
        }

        if ((string?)request["completion_window"] != "24h")
        {
            return (400, FakeOpenAIServer.Error("completion_window must be '24h'.", "invalid_request"), null);
        }

        var batch = new Batch("batch_" + (_batches.Count + 1).ToString("D4", CultureInfo.InvariantCulture), _batches.Count + 1, fileId, endpoint);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, number) in Encoding.UTF8.GetString(file.Content).Split('\n').Select((l, i) => (l, i + 1)).Where(x => x.l.Length > 0))
        {
            JsonObject? parsed;
            try
            {
                parsed = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException)
            {
                parsed = null;
            }

            // Like OpenAI, a malformed input file makes the batch fail validation rather than the create request.
            var problem = parsed is null ? "not a JSON object"
                : parsed["custom_id"] is not JsonValue id || !ids.Add((string)id!) ? "custom_id missing or repeated"
                : (string?)parsed["method"] != "POST" ? "method must be POST"
                : (string?)parsed["url"] != endpoint ? $"url must be the batch's endpoint {endpoint}"
                : parsed["body"] is not JsonObject ? "body must be an object"
                : null;
            if (problem is not null)
            {
                batch.Errors.Add($"line {number}: {problem}");
            }
            else
            {
                batch.Lines.Add(parsed!);
            }
        }

        _batches.Add(batch);
        return (200, batch.ToJson(), null);
    }

    private Batch Advance(Batch batch)
    {
        Interlocked.Increment(ref _retrieved);
        if (batch.Done)
        {
            return batch;
        }

        if (batch.Status == "cancelling")
        {
            batch.Status = "cancelled";
            return batch;
        }

        if (batch.Errors.Count > 0 || Ending == "failed")
        {
            if (batch.Errors.Count == 0)
            {
                batch.Errors.Add("The batch failed.");
            }

            batch.Status = "failed";
            return batch;
        }

        if (batch.Step < Lifecycle.Count && !(Hold && batch.Status == "in_progress"))
        {
            batch.Status = Lifecycle[batch.Step++];
            batch.Completed = batch.Status == "in_progress" ? batch.Lines.Count / 2 : batch.Completed;
            return batch;
        }

        if (Hold)
        {
            return batch;
        }

        Finish(batch);
        return batch;
    }

    private void Finish(Batch batch)
    {
        var output = new StringBuilder();
        var errors = new StringBuilder();
        var completed = 0;
        var failed = 0;
        for (var i = 0; i < batch.Lines.Count; i++)
        {
            var line = batch.Lines[i];
            var customId = (string)line["custom_id"]!;
            var marked = LineFailure?.Invoke(batch.Number, i);
            JsonObject result;
            if (marked == "expired")
            {
                result = Line(customId, null, new JsonObject { ["code"] = "batch_expired", ["message"] = "This request could not be executed before the completion window expired." });
                errors.Append(result.ToJsonString()).Append('\n');
                failed++;
                continue;
            }

            var (status, body) = marked switch
            {
                "server_error" => (500, FakeOpenAIServer.Error("The server had an error", "server_error")),
                "content_filter" => (400, FakeOpenAIServer.Error("The response was filtered due to the prompt triggering content management policy.", "content_filter")),
                _ => _answer(batch.Endpoint == "/v1/chat/completions", line["body"]!.AsObject()),
            };
            result = Line(customId, new JsonObject { ["status_code"] = status, ["request_id"] = $"req_{batch.Number}_{i}", ["body"] = body }, null);
            (status == 200 ? output : errors).Append(result.ToJsonString(FakeOpenAIServer.JsonOptions)).Append('\n');
            if (status == 200)
            {
                completed++;
            }
            else
            {
                failed++;
            }
        }

        batch.OutputFile = output.Length > 0 ? _files.Add($"{batch.Id}_output.jsonl", "batch_output", Encoding.UTF8.GetBytes(output.ToString())) : null;
        batch.ErrorFile = errors.Length > 0 ? _files.Add($"{batch.Id}_error.jsonl", "batch_output", Encoding.UTF8.GetBytes(errors.ToString())) : null;
        batch.Completed = completed;
        batch.Failed = failed;
        batch.Status = Ending == "expired" ? "expired" : "completed";
    }

    private static JsonObject Line(string customId, JsonObject? response, JsonObject? error) => new()
    {
        ["id"] = "batch_req_" + customId[..Math.Min(8, customId.Length)],
        ["custom_id"] = customId,
        ["response"] = response,
        ["error"] = error,
    };

    private static Batch Cancel(Batch batch)
    {
        if (!batch.Done)
        {
            batch.Status = "cancelling";
        }

        return batch;
    }

    private sealed class Batch(string id, int number, string inputFile, string endpoint)
    {
        public string Id { get; } = id;

        public int Number { get; } = number;

        public string Endpoint { get; } = endpoint;

        public List<JsonObject> Lines { get; } = [];

        public List<string> Errors { get; } = [];

        public string Status { get; set; } = "validating";

        public int Step { get; set; }

        public int Completed { get; set; }

        public int Failed { get; set; }

        public string? OutputFile { get; set; }

        public string? ErrorFile { get; set; }

        public bool Done => Status is "completed" or "failed" or "expired" or "cancelled";

        public JsonObject ToJson() => new()
        {
            ["id"] = Id,
            ["object"] = "batch",
            ["endpoint"] = Endpoint,
            ["errors"] = Errors.Count == 0 ? null : new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray([.. Errors.Select(e => (JsonNode)new JsonObject { ["code"] = "invalid_request", ["message"] = e })]),
            },
            ["input_file_id"] = inputFile,
            ["completion_window"] = "24h",
            ["status"] = Status,
            ["output_file_id"] = OutputFile,
            ["error_file_id"] = ErrorFile,
            ["created_at"] = 1_700_000_000,
            ["expires_at"] = 1_700_086_400,
            ["request_counts"] = new JsonObject { ["total"] = Lines.Count, ["completed"] = Completed, ["failed"] = Failed },
            ["metadata"] = null,
        };
    }
}
