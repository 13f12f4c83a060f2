using System.Text.Json.Nodes;
using SummEval.OpenAI.Tests.Fakes;
using Xunit;

namespace SummEval.Cli.Tests.OpenAI;

public sealed class FinetuneCommandTests : IAsyncLifetime
{
    private readonly FakeOpenAIServer _server = new("sk-cli-" + Guid.NewGuid().ToString("N"));
    private readonly string _folder = Directory.CreateTempSubdirectory("summeval-finetune-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Prepare_checks_fixes_counts_tokens_and_estimates_cost()
    {
        var dataset = Path.Combine(_folder, "csl_data.json");
        var pairs = new JsonArray();
        for (var i = 0; i < 12; i++)
        {
            pairs.Add(new JsonObject { ["abst"] = $"  第{i}篇论文提出了一种新的中文摘要方法。 ", ["title"] = $"中文摘要方法{i}" });
        }

        pairs.Add(new JsonObject { ["abst"] = "第0篇论文提出了一种新的中文摘要方法。", ["title"] = "中文摘要方法0" }); // duplicate after trimming
        pairs.Add(new JsonObject { ["abst"] = "", ["title"] = "空" });
        await File.WriteAllTextAsync(Path.Combine(_folder, "csl_data.json"), pairs.ToJsonString());
        var output = Path.Combine(_folder, "train.jsonl");

        // The shared dataset loader rejects an empty source, naming the file and the field.
        var rejected = await Run("finetune", "prepare", "--dataset", dataset, "--count", "500", "--out", output);
        Assert.NotEqual(0, rejected.ExitCode);
        Assert.Contains("csl_data.json", rejected.Stderr);
        Assert.Contains("abst", rejected.Stderr);
        Assert.False(File.Exists(output));

        pairs.RemoveAt(pairs.Count - 1);
        await File.WriteAllTextAsync(Path.Combine(_folder, "csl_data.json"), pairs.ToJsonString());

        var result = await Run("finetune", "prepare", "--dataset", dataset, "--count", "500", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 duplicate pair: dropped", result.Stdout);
        Assert.Contains("only 12 usable examples (asked for 500)", result.Stdout);
        Assert.Contains("Estimated training cost for babbage-002", result.Stdout);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(12, lines.Length);
        var first = JsonNode.Parse(lines[0])!;
        Assert.Equal("第0篇论文提出了一种新的中文摘要方法。 ->", (string?)first["prompt"]);
        Assert.Equal(" 中文摘要方法0\n", (string?)first["completion"]);

        var chat = await Run("finetune", "prepare", "--dataset", dataset, "--count", "3", "--format", "chat", "--out", output);
        Assert.Equal(0, chat.ExitCode);
        Assert.Contains("gpt-4o-mini", chat.Stdout);
        var message = JsonNode.Parse((await File.ReadAllLinesAsync(output))[0])!["messages"]!.AsArray();
        Assert.Equal(["system", "user", "assistant"], message.Select(m => (string?)m!["role"]));
        Assert.Equal("中文摘要方法0", (string?)message[2]!["content"]);
    }

    [Fact]
    public async Task Create_follow_get_list_results_end_to_end()
    {
        var training = Path.Combine(_folder, "train.jsonl");
        await File.WriteAllTextAsync(training, "{\"prompt\":\"文本 ->\",\"completion\":\" 摘要\\n\"}\n");

        var created = await Run("finetune", "create", "--file", training, "--model", "babbage-002", "--suffix", "csl", "--epochs", "2");
        Assert.True(created.ExitCode == 0, created.ToString());
        var jobId = created.Stdout.Trim();
        Assert.StartsWith("ftjob-", jobId);
        var upload = _server.Requests.Single(r => r.Path == "/v1/files");
        Assert.Contains("fine-tune", upload.Body);
        var createBody = JsonNode.Parse(_server.Requests.Single(r => r.Path == "/v1/fine_tuning/jobs" && r.Method == "POST").Body)!;
        Assert.Equal(2, (int)createBody["hyperparameters"]!["n_epochs"]!);
        Assert.Equal("csl", (string?)createBody["suffix"]);

        _server.FineTuning.DropNextEventRequests(1);
        var follow = await Run("finetune", "follow", jobId, "--interval", "0");
        Assert.True(follow.ExitCode == 0, follow.ToString());
        Assert.Contains("Validating training file", follow.Stdout);
        Assert.Contains("[100%] Step 4/4", follow.Stdout);
        Assert.Contains($"Fine-tuned model: ft:babbage-002:summeval:csl:{jobId[6..]}", follow.Stdout);
        // Each event is printed once even though polling re-reads them.
        Assert.Single(follow.Stdout.Split('\n'), l => l.Contains("Step 2/4", StringComparison.Ordinal));

        var get = await Run("finetune", "get", jobId, "--json");
        Assert.Equal("succeeded", (string?)JsonNode.Parse(get.Stdout)!["status"]);
        var list = await Run("finetune", "list");
        Assert.Contains(jobId + "\tsucceeded", list.Stdout);

        var metrics = Path.Combine(_folder, "metrics.csv");
        var results = await Run("finetune", "results", jobId, "--out", metrics);
        Assert.True(results.ExitCode == 0, results.ToString());
        var csv = await File.ReadAllLinesAsync(metrics);
        Assert.Equal("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy", csv[0]);
        Assert.Equal(5, csv.Length);

        foreach (var r in new[] { created, follow, get, list, results })
        {
            Assert.DoesNotContain(_server.ApiKey, r.Stdout + r.Stderr);
        }
    }

    [Fact]
    public async Task Cancel_and_clear_errors()
    {
        var training = Path.Combine(_folder, "train.jsonl");
        await File.WriteAllTextAsync(training, "{\"prompt\":\"文本 ->\",\"completion\":\" 摘要\\n\"}\n");
        var jobId = (await Run("finetune", "create", "--file", training, "--model", "gpt-4o-mini-2024-07-18")).Stdout.Trim();

        var cancel = await Run("finetune", "cancel", jobId);
        Assert.True(cancel.ExitCode == 0, cancel.ToString());
        Assert.Contains("cancelled", cancel.Stdout);
        var noResults = await Run("finetune", "results", jobId, "--out", Path.Combine(_folder, "m.csv"));
        Assert.NotEqual(0, noResults.ExitCode);
        Assert.Contains("no result file", noResults.Stderr);

        var unknown = await Run("finetune", "create", "--file", training, "--model", "unknown-base");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("Unknown model", unknown.Stderr);

        var badKey = await CliRunner.RunAsync(["finetune", "list"], environment: new Dictionary<string, string?>
        {
            ["OPENAI_BASE_URL"] = _server.BaseUrl,
            ["OPENAI_API_KEY"] = "sk-wrong-key-123456",
        });
        Assert.NotEqual(0, badKey.ExitCode);
        Assert.Contains("OPENAI_API_KEY", badKey.Stderr);
        Assert.DoesNotContain("sk-wrong-key-123456", badKey.Stdout + badKey.Stderr);

        var noKey = await CliRunner.RunAsync(["finetune", "list"], environment: new Dictionary<string, string?>
        {
            ["OPENAI_BASE_URL"] = _server.BaseUrl,
            ["OPENAI_API_KEY"] = null,
        });
        Assert.NotEqual(0, noKey.ExitCode);
        Assert.Contains("OPENAI_API_KEY", noKey.Stderr);
    }

    [Fact]
    public async Task Cancelling_follow_says_the_job_goes_on()
    {
        var training = Path.Combine(_folder, "train.jsonl");
        await File.WriteAllTextAsync(training, "{\"prompt\":\"文本 ->\",\"completion\":\" 摘要\\n\"}\n");
        _server.FineTuning.Steps = 1_000_000; // never finishes while followed
        var jobId = (await Run("finetune", "create", "--file", training, "--model", "gpt-4o-mini-2024-07-18")).Stdout.Trim();

        using var follow = CliRunner.Start(["finetune", "follow", jobId, "--interval", "0.1"], _folder, Environment);
        var stderr = follow.StandardError.ReadToEndAsync();
        while (await follow.StandardOutput.ReadLineAsync() is { } line && !line.Contains("Fine-tuning job started", StringComparison.Ordinal))
        {
        }

        CliRunner.Signal(follow, "INT");
        await follow.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(130, follow.ExitCode);
        Assert.Contains(
            $"summeval: cancelled: stopped following {jobId}; the job goes on (summeval finetune follow {jobId} follows it again, summeval finetune cancel {jobId} stops it).",
            await stderr);
        Assert.Contains("status: running", (await Run("finetune", "get", jobId)).Stdout);
    }

    [Fact]
    public async Task OpenAI_summarizers_are_listed()
    {
        var result = await Run("list", "--json");
        var names = JsonNode.Parse(result.Stdout)!.AsArray().Select(f => (string?)f!["name"]).ToList();
        Assert.Contains("openai-chat", names);
        Assert.Contains("openai-completions", names);
    }

    private Dictionary<string, string?> Environment => new()
    {
        ["OPENAI_BASE_URL"] = _server.BaseUrl,
        ["OPENAI_API_KEY"] = _server.ApiKey,
    };

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(args, workingDirectory: _folder, environment: Environment);
}
