using System.Globalization;
using Microsoft.ML.Tokenizers;
using SummEval.Cli.Judging;
using SummEval.Cli.Tests.Runs;
using SummEval.Datasets;
using SummEval.Judging;
using SummEval.OpenAI.Chat;
using SummEval.OpenAI.Tests.Fakes;
using SummEval.Runs;
using Xunit;

namespace SummEval.Cli.Tests.OpenAI;

/// <summary>
/// <c>summeval run --dry-run</c> and <c>--max-cost</c> against the fake OpenAI server, which reports usage counted with
/// the o200k tokenizer (as OpenAI bills gpt-4o-mini).
/// </summary>
public sealed class CostUpFrontTests : IAsyncDisposable
{
    private const int Documents = 6;
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-cost-").FullName;
    private readonly FakeOpenAIServer _server = new(apiKey: "sk-test-COST-1717");
    private readonly Tokenizer _o200k = TiktokenTokenizer.CreateForModel("gpt-4o");

    public CostUpFrontTests()
    {
        _server.UsageTokenizer = text => _o200k.CountTokens(text);
        _server.DefaultReplyLength = 20; // answers fill the 20-character budget, as the estimate assumes
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private string Spec => $"openai-chat:cache={Path.Combine(_dir, "cache.sqlite")},concurrency=1";

    private Task<CliResult> Run(string output, params string[] extra) => RunWithKey(_server.ApiKey, output, extra);

    // apiKey null: OPENAI_API_KEY is removed from the child's environment, whatever this machine has set.
    private Task<CliResult> RunWithKey(string? apiKey, string output, params string[] extra) =>
        CliRunner.RunAsync(
            ["run", "-d", "sample", "--limit", Documents.ToString(CultureInfo.InvariantCulture), "--out", Path.Combine(_dir, output), "-s", Spec, "-s", "lead-1", .. extra],
            workingDirectory: _dir,
            environment: new Dictionary<string, string?> { ["OPENAI_API_KEY"] = apiKey, ["OPENAI_BASE_URL"] = _server.BaseUrl });

    private string Judge => $"openai-chat:model=gpt-4o-mini,concurrency=1,networkRetries=0,cache={Path.Combine(_dir, "judge-cache.sqlite")}";

    private static string[] Row(CliResult result, string start = "openai-chat") =>
        result.Stdout.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static decimal Usd(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Dry_run_counts_with_the_tokenizer_sends_nothing_and_matches_the_actual_cost()
    {
        var dry = await Run("out", "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Empty(_server.Requests);
        Assert.False(File.Exists(Path.Combine(_dir, "out", "run.db")));

        // Columns: spec, to do, cached, prompt tokens, completion tokens, live USD, batch USD.
        var row = Row(dry);
        var documents = DatasetLoader.Load("sample").Documents.Take(Documents).ToList();
        var prompts = documents.Sum(d => _o200k.CountTokens(PromptTemplate.Fill(PromptTemplate.Default, d.Source, 20)) + 7);
        var completions = documents.Sum(d => _o200k.CountTokens(SummEval.Text.TextLength.Truncate(d.Source, 20)));
        Assert.Equal(["6", "0", prompts.ToString(CultureInfo.InvariantCulture), completions.ToString(CultureInfo.InvariantCulture)], row[1..5]);
        var live = decimal.Parse(row[5], CultureInfo.InvariantCulture);
        Assert.InRange(decimal.Parse(row[6], CultureInfo.InvariantCulture), (live / 2) - 0.000001m, (live / 2) + 0.000001m); // printed to 6 places

        var run = await Run("out");
        Assert.True(run.ExitCode == 0, run.ToString());
        var entry = LeaderboardFiles.Read(Path.Combine(_dir, "out"))["entries"]!.AsArray()
            .Single(e => ((string)e!["summarizer"]!).StartsWith("openai-chat", StringComparison.Ordinal))!;
        var actual = (decimal)entry["usage"]!["costUsd"]!;
        Assert.InRange(live, actual * 0.9m, actual * 1.1m);

        // Into a new folder the answers are cached: nothing left to pay for.
        var again = await Run("out2", "--dry-run");
        Assert.Equal(["0", "6", "0", "0"], Row(again)[1..5]);
        Assert.DoesNotContain(_server.ApiKey, dry.Stdout + dry.Stderr + run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task Dry_run_needs_no_key_and_says_once_per_api_summarizer_that_a_real_run_would()
    {
        string[] more = ["-s", Spec + ",mode=batch", "-s", "openai-completions:model=ft:babbage-002:acme::x1,cache=none", "--judge", Judge, "--dry-run"];
        var keyless = await RunWithKey(apiKey: null, "out", more);
        Assert.True(keyless.ExitCode == 0, keyless.ToString());
        Assert.Empty(_server.Requests);
        Assert.False(File.Exists(Path.Combine(_dir, "out", "run.db")));

        // The same estimate as with a key, plus one line per API summarizer (and the judge) saying what a real run lacks.
        var keyed = await Run("out", more);
        Assert.True(keyed.ExitCode == 0, keyed.ToString());
        Assert.DoesNotContain("OPENAI_API_KEY", keyed.Stdout + keyed.Stderr);
        var lines = keyless.Stdout.Split('\n');
        var warnings = lines.Where(l => l.Contains(": No OpenAI API key: set the OPENAI_API_KEY environment variable", StringComparison.Ordinal)).ToList();
        var table = keyed.Stdout.Split('\n');
        Assert.Equal(table, lines.Where(l => !warnings.Contains(l)));
        var estimated = table.SkipWhile(l => !l.StartsWith("summarizer ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("total ", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf("  ", StringComparison.Ordinal)]).ToList();
        Assert.Equal(4, estimated.Count);
        Assert.Equal(estimated.Count, warnings.Count);
        Assert.All(estimated, label => Assert.Single(warnings, w => w.StartsWith(label + ": No OpenAI API key", StringComparison.Ordinal) && w.EndsWith("a real run would fail.", StringComparison.Ordinal)));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_real_run_without_a_key_still_fails_before_sending_anything()
    {
        const string message = "No OpenAI API key: set the OPENAI_API_KEY environment variable (or pass apiKey=...).";
        var run = await RunWithKey(apiKey: null, "out");
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"summeval: Summarizer 'openai-chat[^']*': " + System.Text.RegularExpressions.Regex.Escape(message), run.Stderr);

        // Before run.db is made: a resumed run's store is left as it was.
        Assert.False(File.Exists(Path.Combine(_dir, "out", "run.db")));

        // With --max-cost the estimate needs no key, but the run stops after it, before run.db is made.
        var capped = await RunWithKey(apiKey: null, "capped", "--max-cost", "1");
        Assert.Equal(2, capped.ExitCode);
        Assert.Contains(message, capped.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "capped", "run.db")));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Max_cost_below_the_estimate_refuses_to_start()
    {
        var result = await Run("out", "--max-cost", "0.0000001");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("above --max-cost", result.Stderr);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Max_cost_stops_a_run_that_spends_it_and_keeps_what_finished()
    {
        var estimate = decimal.Parse(Row(await Run("dry", "--dry-run"))[5], CultureInfo.InvariantCulture);
        // The model answers far past the budget, so the run spends more than estimated and reaches the limit.
        _server.DefaultReplyLength = 400;
        var result = await Run("out", "--max-cost", (estimate * 1.2m).ToString(CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reaching --max-cost", result.Stderr);
        using var store = RunStore.OpenExisting(Path.Combine(_dir, "out"));
        var label = store.ReadContestants().Single(c => c.Summarizer.StartsWith("openai-chat", StringComparison.Ordinal)).Summarizer;
        var stored = store.CompletedIds(label).Count;
        Assert.InRange(stored, 1, Documents - 1);
        Assert.InRange(_server.ModelRequests, stored, Documents - 1);
    }

    [Fact]
    public async Task Dry_run_prices_the_judge_and_max_cost_counts_it_before_starting()
    {
        var dry = await Run("out", "--dry-run", "--judge", Judge);
        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Empty(_server.Requests);

        // Columns after "judge gpt-4o-mini": to do, cached, prompt tokens, completion tokens, live USD, batch USD.
        var row = Row(dry, "judge gpt-4o-mini")[2..];
        var documents = DatasetLoader.Load("sample").Documents.Take(Documents).ToList();
        var prompts = 2 * documents.Sum(d => _o200k.CountTokens(JudgeRequest.For(d.Source, SummEval.Text.TextLength.Truncate(d.Source, 20)).Prompt) + 7);
        var answers = 2 * Documents * _o200k.CountTokens(JudgePricing.TypicalAnswer);
        Assert.Equal(["12", "0", prompts.ToString(CultureInfo.InvariantCulture), answers.ToString(CultureInfo.InvariantCulture)], row[..4]);
        var judge = Usd(row[4]);
        var summaries = Usd(Row(dry)[5]);
        Assert.True(judge > 0);
        var total = System.Text.RegularExpressions.Regex.Match(dry.Stdout, @"This run, each summarizer in its mode \(mode=batch at Batch API prices\): ([0-9.]+) USD");
        Assert.Equal(summaries + judge, Usd(total.Groups[1].Value), 5);

        // A limit that covers the summaries but not the verdicts refuses to start: nothing is sent.
        var refused = await Run("out", "--judge", Judge, "--max-cost", (summaries + (judge / 2)).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("above --max-cost", refused.Stderr);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Max_cost_also_stops_judging_that_spends_it_and_keeps_the_summaries_and_verdicts()
    {
        // The summaries cost what was estimated; the judge answers at length, far past its one-sentence estimate.
        const string longVerdict = "{\"faithfulness\": 4, \"informativeness\": 3, \"reason\": \"";
        _server.ChatReply = prompt => prompt.Contains(JudgeRubric.Template[..12], StringComparison.Ordinal) ? longVerdict + new string('好', 3000) + "\"}" : null;
        var dry = await Run("dry", "--dry-run", "--judge", Judge);
        var estimate = Usd(Row(dry)[5]) + Usd(Row(dry, "judge gpt-4o-mini")[6]);
        var result = await Run("out", "--judge", Judge, "--concurrency", "1", "--max-cost", (estimate * 1.5m).ToString(CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reaching --max-cost", result.Stderr);
        Assert.Contains("summaries and judgments finished are stored", result.Stderr);
        using var store = RunStore.OpenExisting(Path.Combine(_dir, "out"));
        var labels = store.ReadContestants().Select(c => c.Summarizer).ToList();
        Assert.All(labels, label => Assert.Equal(Documents, store.CompletedIds(label).Count));
        var judged = labels.Sum(label => store.ReadJudgments(label).Count);
        var judgeRequests = _server.ModelRequests - Documents;
        Assert.InRange(judgeRequests, 1, (2 * Documents) - 1);
        Assert.InRange(judged, 1, judgeRequests);
        Assert.DoesNotContain(_server.ApiKey, result.Stdout + result.Stderr);
    }
}
