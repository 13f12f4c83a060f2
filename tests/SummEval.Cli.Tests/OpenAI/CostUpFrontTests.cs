using System.Globalization;
using Microsoft.ML.Tokenizers;
using SummEval.Cli.Tests.Runs;
using SummEval.Datasets;
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

    private Task<CliResult> Run(string output, params string[] extra) =>
        CliRunner.RunAsync(
            ["run", "-d", "sample", "--limit", Documents.ToString(CultureInfo.InvariantCulture), "--out", Path.Combine(_dir, output), "-s", Spec, "-s", "lead-1", .. extra],
            workingDirectory: _dir,
            environment: new Dictionary<string, string?> { ["OPENAI_API_KEY"] = _server.ApiKey, ["OPENAI_BASE_URL"] = _server.BaseUrl });

    private static string[] Row(CliResult result) =>
        result.Stdout.Split('\n').Single(l => l.StartsWith("openai-chat", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

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
}
