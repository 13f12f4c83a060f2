using System.Text.Json.Nodes;
using SummEval.Leaderboards;
using SummEval.Metrics;
using Xunit;

namespace SummEval.Evaluation.Tests.Leaderboards;

public sealed class RankSignificanceTests
{
    private static readonly CorpusScoreOptions Options = new() { MaxChars = 20, Seed = 42, BootstrapSamples = 200 };

    private static ContestantResults Results(string name, Func<int, double> f1, bool oracle = false) =>
        new(
            name,
            oracle,
            Enumerable.Range(0, 200).Select(i => new DocumentScore($"d{i}", new RougeScores(new(f1(i), f1(i), f1(i)), new(f1(i), f1(i), f1(i)), new(f1(i), f1(i), f1(i))), 20)).ToList(),
            Enumerable.Repeat(1.0, 200).ToList(),
            0);

    [Fact]
    public void A_clear_lead_is_significant_and_noise_is_not()
    {
        var board = LeaderboardBuilder.Build(
            "d",
            [
                Results("strong", i => 0.6 + (0.1 * ((i * 7) % 5) / 5)),
                Results("noisy-a", i => 0.3 + (0.2 * ((i * 13) % 7) / 7)),
                Results("noisy-b", i => 0.3 + (0.2 * ((i * 11) % 7) / 7)),
                Results("oracle", _ => 0.99, oracle: true),
            ],
            Options);

        var tests = RankSignificanceTest.Adjacent(board);

        Assert.Equal(2, tests.Count); // oracles are not ranked, so not tested
        Assert.Equal("strong", tests[0].Better);
        Assert.True(tests[0].Test.PValue < 0.001, $"p = {tests[0].Test.PValue}");
        Assert.True(tests[0].Test.CiLow > 0);
        Assert.True(tests[1].Test.PValue > 0.05, $"p = {tests[1].Test.PValue}");
        var markdown = LeaderboardMarkdown.Render(board);
        Assert.Contains("| strong | noisy-", markdown);
        Assert.Contains(" * |", markdown);
    }

    [Fact]
    public void Usage_is_written_only_for_summarizers_that_report_it()
    {
        var paid = Results("api", _ => 0.5) with { };
        var board = LeaderboardBuilder.Build(
            "d",
            [new ContestantResults(paid.Summarizer, false, paid.PerDoc, paid.LatenciesMs, 0) { Usage = new UsageSummary(1200, 300, 0.0123m, 2) }, Results("local", _ => 0.4)],
            Options);

        var json = JsonNode.Parse(LeaderboardJson.Serialize(board))!["entries"]!.AsArray();
        var usage = json[0]!["usage"]!;
        Assert.Equal(1200, (long)usage["inputTokens"]!);
        Assert.Equal(300, (long)usage["outputTokens"]!);
        Assert.Equal(0.0123, (double)usage["costUsd"]!, 6);
        Assert.Equal(2, (int)usage["cachedDocuments"]!);
        Assert.Null(json[1]!["usage"]);
        Assert.Contains("| api | 1200 | 300 | 0.0123 | 2 |", LeaderboardMarkdown.Render(board));
    }
}
