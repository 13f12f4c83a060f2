using SummEval.Cli.Tests.Runs;
using SummEval.Judging;
using SummEval.OpenAI.Tests.Fakes;
using SummEval.Runs;
using Xunit;

namespace SummEval.Cli.Tests.OpenAI;

/// <summary>
/// <c>summeval run --judge</c> end to end against the fake OpenAI-compatible server on 127.0.0.1 (the real SDK over
/// real HTTP): verdicts parsed, a malformed answer recorded per document with its raw text in run.db, cost counted and
/// shown, and a second run answered from the cache without a request.
/// </summary>
public sealed class JudgeRunTests : IAsyncDisposable
{
    private const string Verdict = "```json\n{\"faithfulness\": 4, \"informativeness\": 3, \"reason\": \"概括了研究方法,\\n但缺少结论\"}\n```";
    private const string Malformed = "这个摘要很好,我给五分。";

    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-judge-run-").FullName;
    private readonly FakeOpenAIServer _server = new(apiKey: "sk-test-JUDGE-SECRET-77");

    public JudgeRunTests()
    {
        // The rubric's prompt carries the source: the judge garbles its answer on sample-0001 only.
        _server.ChatReply = prompt => !prompt.Contains(JudgeRubric.Template[..12], StringComparison.Ordinal)
            ? null
            : prompt.Contains("边缘设备的算力", StringComparison.Ordinal) ? Malformed : Verdict;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Judged_scores_failures_raw_answers_cost_and_cache()
    {
        var first = await Run();
        Assert.True(first.ExitCode == 0, first.ToString());
        // 2 summarizers x 4 documents; a summary both give for a document is asked once and then found in the cache.
        var line = System.Text.RegularExpressions.Regex.Match(first.Stderr, @"Judge gpt-4o-mini \(rubric " + JudgeRubric.Version + @"\): 6 judged, 2 failed, (\d+) requests, (\d+) from cache");
        Assert.True(line.Success, first.ToString());
        var requests = int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(8, requests + int.Parse(line.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(requests, _server.ModelRequests);
        Assert.True(requests >= 5, first.Stderr);
        Assert.Matches(@"cost of this run \$0\.\d{4}", first.Stderr);

        var out1 = Path.Combine(_dir, "out");
        var entries = LeaderboardFiles.Read(out1)["entries"]!.AsArray();
        foreach (var entry in entries)
        {
            var judged = entry!["judged"]!;
            Assert.Equal("gpt-4o-mini", (string?)judged["judge"]);
            Assert.Equal(JudgeRubric.Version, (string?)judged["rubric"]);
            Assert.Equal(4.0, (double)judged["faithfulness"]!["mean"]!);
            Assert.Equal(3.0, (double)judged["informativeness"]!["mean"]!);
            Assert.Equal(3, (int)judged["judged"]!);
            Assert.Equal(1, (int)judged["failures"]!);
            Assert.True((double)judged["costUsd"]! > 0);
            Assert.True((long)judged["inputTokens"]! > 0);

            // Judging never touches the summarizer's own failures or ROUGE.
            Assert.Equal(0, (int)entry["failures"]!);
            Assert.NotNull(entry["rougeL"]);
        }

        Assert.Null(LeaderboardFiles.Read(out1)["rankedBy"]);
        var markdown = File.ReadAllText(Path.Combine(out1, "leaderboard.md"));
        Assert.Contains("ranked by ROUGE-L F1", markdown);
        Assert.Contains("Judged by gpt-4o-mini with rubric " + JudgeRubric.Version, markdown);
        Assert.Contains("not used for the ranking", markdown);
        Assert.Contains("judge cost (USD)", markdown);
        var report = File.ReadAllText(Path.Combine(out1, "report.html"));
        Assert.Contains("judged: faithfulness", report);
        Assert.Contains("缺少结论", report);

        using (var store = RunStore.OpenExisting(out1))
        {
            var judgments = store.ReadJudgments("lead-1");
            Assert.Equal(4, judgments.Count);
            var bad = judgments.Single(j => j.DocumentId == "sample-0001");
            Assert.Null(bad.Faithfulness);
            Assert.Equal(Malformed, bad.Raw);
            Assert.StartsWith("malformed judge answer", bad.Failure);
            var good = judgments.First(j => j.Failure is null);
            Assert.Equal("概括了研究方法, 但缺少结论", good.Reason);
            Assert.Equal(Verdict, good.Raw);
        }

        // Second run, same out folder: every verdict from the cache, no request, the same judged figures.
        var second = await Run();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(requests, _server.ModelRequests);
        Assert.Contains("6 judged, 2 failed, 0 requests, 8 from cache", second.Stderr);
        Assert.Contains("cost of this run $0.0000", second.Stderr);
        var again = LeaderboardFiles.Read(out1)["entries"]!.AsArray();
        Assert.Equal(entries.Select(e => e!["judged"]!["faithfulness"]!.ToJsonString()), again.Select(e => e!["judged"]!["faithfulness"]!.ToJsonString()));
        Assert.All(again, e => Assert.Equal(4, (int)e!["judged"]!["cachedDocuments"]!));

        foreach (var file in Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("JUDGE-SECRET", File.ReadAllText(file));
        }

        Assert.DoesNotContain("JUDGE-SECRET", first.Stdout + first.Stderr + second.Stdout + second.Stderr);
    }

    [Fact]
    public async Task Rank_by_a_judged_score_needs_a_judge()
    {
        var result = await CliRunner.RunAsync(["run", "-d", "sample", "--limit", "2", "-s", "lead-1", "--rank-by", "faithfulness", "--out", Path.Combine(_dir, "x")], workingDirectory: _dir);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--judge", result.Stderr);
    }

    private Task<CliResult> Run() =>
        CliRunner.RunAsync(
            [
                "run", "-d", "sample", "--limit", "4", "-s", "lead-1", "-s", "oracle-lcs", "--concurrency", "2", "--out", Path.Combine(_dir, "out"),
                "--judge", $"openai-chat:model=gpt-4o-mini,networkRetries=0,cache={Path.Combine(_dir, "judge-cache.sqlite")}",
            ],
            workingDirectory: _dir,
            environment: new Dictionary<string, string?> { ["OPENAI_API_KEY"] = _server.ApiKey, ["OPENAI_BASE_URL"] = _server.BaseUrl });
}
