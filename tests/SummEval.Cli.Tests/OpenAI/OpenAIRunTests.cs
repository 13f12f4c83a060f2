using System.Text;
using SummEval.Cli.Tests.Runs;
using SummEval.OpenAI.Tests.Fakes;
using Xunit;

namespace SummEval.Cli.Tests.OpenAI;

/// <summary>
/// <c>summeval run</c> with OpenAI summarizers against the fake OpenAI-compatible server on 127.0.0.1 (the real SDK
/// over real HTTP): refusals, unknown models and bad keys are recorded per document, the run goes on, and the key
/// appears in no output.
/// </summary>
public sealed class OpenAIRunTests : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-openai-run-").FullName;
    private readonly FakeOpenAIServer _server = new(apiKey: "sk-test-SECRET-4242");

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private Task<CliResult> Run(string apiKey, params string[] specs) =>
        CliRunner.RunAsync(
            ["run", "-d", "sample", "--limit", "6", "--concurrency", "1", "--out", Path.Combine(_dir, "out"), .. specs.SelectMany(s => new[] { "-s", s })],
            workingDirectory: _dir,
            environment: new Dictionary<string, string?> { ["OPENAI_API_KEY"] = apiKey, ["OPENAI_BASE_URL"] = _server.BaseUrl });

    private string Spec(string extra) => $"openai-chat:cache=none,networkRetries=0,concurrency=1{extra}";

    [Fact]
    public async Task Refusals_and_unknown_models_are_counted_as_failures_and_the_run_goes_on()
    {
        _server.Enqueue(new Fault.ContentFilterRefusal());
        var result = await Run(_server.ApiKey, Spec(string.Empty), Spec(",model=unknown-model"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = LeaderboardFiles.Read(Path.Combine(_dir, "out"))["entries"]!.AsArray();
        var failures = entries.ToDictionary(e => (string)e!["summarizer"]!, e => (int)e!["failures"]!);
        Assert.Equal(2, failures.Count);
        Assert.Equal(6, failures.Single(f => f.Key.Contains("unknown-model", StringComparison.Ordinal)).Value);
        Assert.Equal(1, failures.Single(f => !f.Key.Contains("unknown-model", StringComparison.Ordinal)).Value);
        Assert.All(entries, e => Assert.Equal(6, (int)e!["count"]!));

        // Token usage and cost per summarizer, from what the server reported (5 answered documents, none cached).
        var usage = entries.Single(e => !((string)e!["summarizer"]!).Contains("unknown-model", StringComparison.Ordinal))!["usage"]!;
        Assert.True((long)usage["inputTokens"]! > 0);
        Assert.True((long)usage["outputTokens"]! > 0);
        Assert.True((double)usage["costUsd"]! > 0);
        Assert.Equal(0, (int)usage["cachedDocuments"]!);
        Assert.Contains("| cost (USD) |", File.ReadAllText(Path.Combine(_dir, "out", "leaderboard.md")));
        var report = File.ReadAllText(Path.Combine(_dir, "out", "report.html"));
        Assert.Contains("unknown-model", report);
    }

    [Fact]
    public async Task A_wrong_key_fails_every_document_and_never_reaches_an_output()
    {
        const string wrongKey = "sk-wrong-VERY-SECRET-9876";
        var result = await Run(wrongKey, Spec(string.Empty));

        Assert.True(result.ExitCode == 0, result.ToString());
        var entry = LeaderboardFiles.Read(Path.Combine(_dir, "out"))["entries"]!.AsArray().Single()!;
        Assert.Equal(6, (int)entry["failures"]!);
        Assert.DoesNotContain("VERY-SECRET", result.Stdout + result.Stderr);
        foreach (var file in Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(
                Encoding.UTF8.GetString(bytes).Contains("VERY-SECRET", StringComparison.Ordinal),
                $"{Path.GetRelativePath(_dir, file)} holds the API key");
        }
    }

    [Fact]
    public async Task Auto_concurrency_runs_500_documents_at_the_rate_limit_without_a_failure()
    {
        // 50 requests/s (bucket of 5) with real x-ratelimit-* headers and 429 + retry-after-ms beyond it; 20 ms per answer.
        _server.RateLimit = new TokenBucket(ratePerSecond: 50, capacity: 5);
        _server.ResponseDelay = TimeSpan.FromMilliseconds(20);
        var data = Path.Combine(_dir, "docs.jsonl");
        File.WriteAllLines(data, Enumerable.Range(1, 500).Select(i =>
            $$"""{"id":"d{{i}}","text":"第{{i}}篇文档讲述了一种新的文本摘要方法并在中文数据集上验证了效果","title":"文本摘要方法{{i}}"}"""));

        var result = await CliRunner.RunAsync(
            ["run", "-d", data, "--concurrency", "1", "--out", Path.Combine(_dir, "out"), "-s", "openai-chat:cache=none"],
            workingDirectory: _dir,
            environment: new Dictionary<string, string?> { ["OPENAI_API_KEY"] = _server.ApiKey, ["OPENAI_BASE_URL"] = _server.BaseUrl });

        Assert.True(result.ExitCode == 0, result.ToString());
        var entry = LeaderboardFiles.Read(Path.Combine(_dir, "out"))["entries"]!.AsArray().Single()!;
        Assert.Equal(500, (int)entry["count"]!);
        Assert.Equal(0, (int)entry["failures"]!);
        var answered = _server.AnsweredTimes.Order().ToArray();
        Assert.Equal(500, answered.Length);
        var rate = (answered.Length - 1) / (answered[^1] - answered[0]).TotalSeconds;
        Assert.True(rate >= 0.8 * 50, $"achieved {rate:0.0} requests/s against a 50/s bucket ({_server.RateLimit.Rejected} answered 429)\n{result}");
        // The progress lines show the adaptive limit and the rate; the key is nowhere.
        Assert.Matches(@"concurrency \d+ \(auto\), [\d.]+ req/s", result.Stderr);
        Assert.DoesNotContain(_server.ApiKey, result.Stdout + result.Stderr);
    }
}
