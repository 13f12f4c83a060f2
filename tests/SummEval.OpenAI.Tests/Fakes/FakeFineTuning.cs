using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SummEval.OpenAI.Tests.Fakes;

/// <summary>
/// The files and fine-tuning part of <see cref="FakeOpenAIServer"/>. A job moves one step each time it is read
/// (job or events): validating_files, queued, running (<see cref="Steps"/> training steps), succeeded.
/// </summary>
internal sealed class FakeFineTuning(FakeFiles files)
{
    private readonly Lock _gate = new();
    private readonly List<Job> _jobs = [];
    private int _nextId;
    private int _dropEvents;

    public int Steps { get; set; } = 4;

    /// <summary>Drops the connection on the next <paramref name="count"/> event requests.</summary>
    public void DropNextEventRequests(int count) => Interlocked.Exchange(ref _dropEvents, count);

    public bool TakeEventDrop() => Interlocked.Decrement(ref _dropEvents) >= 0;

    public (int Status, JsonNode? Json, string? Text) Handle(string method, string path, string query, byte[] body)
    {
        var parts = path.Trim('/').Split('/');
        // parts[0] == "v1"
        lock (_gate)
        {
            return (method, parts.Length > 1 ? parts[1] : "", parts.Length) switch
            {
                ("POST", "fine_tuning", 3) when parts[2] == "jobs" => Create(body),
                ("GET", "fine_tuning", 3) when parts[2] == "jobs" => (200, ListJson(), null),
                ("GET", "fine_tuning", 4) => Find(parts[3]) is { } job ? (200, Advance(job).ToJson(), null) : NotFound("job"),
                ("POST", "fine_tuning", 5) when parts[4] == "cancel" => Find(parts[3]) is { } job ? (200, Cancel(job).ToJson(), null) : NotFound("job"),
                ("GET", "fine_tuning", 5) when parts[4] == "events" => Find(parts[3]) is { } job ? (200, Events(Advance(job), query), null) : NotFound("job"),
                _ => (404, FakeOpenAIServer.Error($"Unknown route {method} {path}", "not_found"), null),
            };
        }
    }

    private static (int, JsonNode?, string?) NotFound(string what) => (404, FakeOpenAIServer.Error($"No such {what}", "not_found"), null);

    private Job? Find(string id) => _jobs.FirstOrDefault(j => j.Id == id);

    private (int, JsonNode?, string?) Create(byte[] body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        var file = (string?)request["training_file"] ?? "";
        if (!files.TryGet(file, out _))
        {
            return (400, FakeOpenAIServer.Error($"Invalid file ID: {file}", "invalid_file"), null);
        }

        var model = (string?)request["model"] ?? "";
        if (model.StartsWith("unknown", StringComparison.Ordinal))
        {
            return (404, FakeOpenAIServer.Error($"Model {model} is not available for fine-tuning", "model_not_found"), null);
        }

        var epochs = (int?)request["hyperparameters"]?["n_epochs"]
            ?? (int?)request["method"]?["supervised"]?["hyperparameters"]?["n_epochs"] ?? 3;
        var job = new Job("ftjob-" + (++_nextId).ToString(CultureInfo.InvariantCulture), model, file, (string?)request["suffix"], epochs, Steps);
        job.Event("info", "Validating training file: " + file);
        _jobs.Add(job);
        return (200, job.ToJson(), null);
    }

    private Job Advance(Job job)
    {
        if (job.Status is "succeeded" or "cancelled" or "failed")
        {
            return job;
        }

        if (job.Status == "validating_files")
        {
            job.Status = "queued";
            job.Event("info", "Files validated, moving job to queued state");
        }
        else if (job.Status == "queued")
        {
            job.Status = "running";
            job.Event("info", "Fine-tuning job started");
        }
        else if (job.Step < job.TotalSteps)
        {
            job.Step++;
            var loss = 2.0 / job.Step;
            job.Metrics.Add((job.Step, loss, 0.5 + (0.1 * job.Step)));
            job.Event("info", string.Create(CultureInfo.InvariantCulture, $"Step {job.Step}/{job.TotalSteps}: training loss={loss:0.0000}"), new JsonObject
            {
                ["step"] = job.Step,
                ["train_loss"] = loss,
                ["total_steps"] = job.TotalSteps,
            });
        }
        else
        {
            var csv = new StringBuilder("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n");
            foreach (var (step, loss, accuracy) in job.Metrics)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{step},{loss:0.0000},{accuracy:0.00},,\n");
            }

            // Like OpenAI, the result file's content is base64 of the CSV.
            job.ResultFile = files.Add("step_metrics.csv", "fine-tune-results", Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(csv.ToString()))));
            job.Status = "succeeded";
            job.FineTunedModel = $"ft:{job.Model}:summeval{(job.Suffix is null ? "" : ":" + job.Suffix)}:{job.Id[6..]}";
            job.Event("info", "New fine-tuned model created: " + job.FineTunedModel);
            job.Event("info", "The job has successfully completed");
        }

        return job;
    }

    private static Job Cancel(Job job)
    {
        if (job.Status is not ("succeeded" or "cancelled" or "failed"))
        {
            job.Status = "cancelled";
            job.Event("info", "Fine-tuning job cancelled");
        }

        return job;
    }

    private static JsonObject Events(Job job, string query)
    {
        var args = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "");
        var limit = args.TryGetValue("limit", out var l) ? int.Parse(l, CultureInfo.InvariantCulture) : 20;
        // Newest first, like the real API; "after" pages towards older events.
        IEnumerable<JsonObject> newestFirst = Enumerable.Reverse(job.Events);
        if (args.TryGetValue("after", out var after))
        {
            newestFirst = newestFirst.SkipWhile(e => (string?)e["id"] != after).Skip(1);
        }

        var all = newestFirst.ToList();
        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. all.Take(limit).Select(e => e.DeepClone())]),
            ["has_more"] = all.Count > limit,
        };
    }

    private JsonObject ListJson() => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray([.. Enumerable.Reverse(_jobs).Select(j => (JsonNode)j.ToJson())]),
        ["has_more"] = false,
    };

    private sealed class Job(string id, string model, string file, string? suffix, int epochs, int totalSteps)
    {
        private int _eventId;

        public string Id { get; } = id;

        public string Model { get; } = model;

        public string? Suffix { get; } = suffix;

        public int TotalSteps { get; } = totalSteps;

        public string Status { get; set; } = "validating_files";

        public int Step { get; set; }

        public string? FineTunedModel { get; set; }

        public string? ResultFile { get; set; }

        public List<(int Step, double Loss, double Accuracy)> Metrics { get; } = [];

        public List<JsonObject> Events { get; } = [];

        public void Event(string level, string message, JsonObject? data = null) => Events.Add(new JsonObject
        {
            ["object"] = "fine_tuning.job.event",
            ["id"] = $"ftevent-{Id}-{++_eventId:D4}",
            ["created_at"] = 1_700_000_000 + _eventId,
            ["level"] = level,
            ["message"] = message,
            ["data"] = data,
            ["type"] = data is null ? "message" : "metrics",
        });

        public JsonObject ToJson() => new()
        {
            ["object"] = "fine_tuning.job",
            ["id"] = Id,
            ["model"] = Model,
            ["created_at"] = 1_700_000_000,
            ["finished_at"] = Status is "succeeded" or "cancelled" ? 1_700_000_100 : null,
            ["fine_tuned_model"] = FineTunedModel,
            ["organization_id"] = "org-fake",
            ["result_files"] = ResultFile is null ? new JsonArray() : new JsonArray(ResultFile),
            ["status"] = Status,
            ["validation_file"] = null,
            ["training_file"] = file,
            ["hyperparameters"] = new JsonObject { ["n_epochs"] = epochs, ["batch_size"] = 1, ["learning_rate_multiplier"] = 1.8 },
            ["trained_tokens"] = Status == "succeeded" ? 1234 : null,
            ["error"] = null,
            ["seed"] = 42,
            ["suffix"] = Suffix,
        };
    }
}
