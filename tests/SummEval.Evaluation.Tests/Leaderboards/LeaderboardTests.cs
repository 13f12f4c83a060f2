using System.Text.Json;
using System.Text.Json.Nodes;
using SummEval.Leaderboards;
using SummEval.Metrics;
using Xunit;

namespace SummEval.Evaluation.Tests.Leaderboards;

public sealed class LeaderboardTests
{
    private static readonly CorpusScoreOptions Options = new() { MaxChars = 20, Seed = 42, BootstrapSamples = 200 };

    private static ContestantResults Results(string name, bool oracle, double f1, int failures = 0, int docs = 4)
    {
        var prf = new PrfScore(f1, f1, f1);
        var perDoc = Enumerable.Range(0, docs).Select(i => new DocumentScore($"d{i}", new RougeScores(prf, prf, prf), 20)).ToList();
        return new ContestantResults(name, oracle, perDoc, Enumerable.Range(1, docs).Select(i => (double)i).ToList(), failures);
    }

    [Fact]
    public void Ranks_by_rouge_l_then_name_with_oracles_listed_after_everyone_else()
    {
        var board = LeaderboardBuilder.Build("d", [Results("b", false, 0.3), Results("oracle", true, 0.9), Results("a", false, 0.3), Results("c", false, 0.5)], Options);
        Assert.Equal(["c", "a", "b", "oracle"], board.Entries.Select(e => e.Summarizer));
        Assert.Equal(["1", "2", "3", "-"], LeaderboardMarkdown.Ranks(board).Select(r => r.Rank));
    }

    [Fact]
    public void Include_oracles_ranks_them_with_the_others()
    {
        var board = LeaderboardBuilder.Build("d", [Results("b", false, 0.3), Results("oracle", true, 0.9)], Options, rankOracles: true);
        Assert.Equal(["oracle", "b"], board.Entries.Select(e => e.Summarizer));
        Assert.Equal(["1", "2"], LeaderboardMarkdown.Ranks(board).Select(r => r.Rank));
    }

    [Fact]
    public void Entries_covering_different_documents_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => LeaderboardBuilder.Build("d", [Results("a", false, 0.3), Results("b", false, 0.3, docs: 3)], Options));
    }

    [Fact]
    public void Json_has_exactly_the_documented_names_in_order()
    {
        var board = LeaderboardBuilder.Build("csl:test", [Results("textrank:similarity=bm25", false, 0.25, failures: 1)], Options);
        var root = JsonNode.Parse(LeaderboardJson.Serialize(board))!.AsObject();
        Assert.Equal(["dataset", "count", "maxChars", "entries"], root.Select(p => p.Key));
        Assert.Equal("csl:test", (string?)root["dataset"]);
        Assert.Equal(4, (int)root["count"]!);
        Assert.Equal(20, (int)root["maxChars"]!);
        var entry = root["entries"]![0]!.AsObject();
        Assert.Equal(
            ["summarizer", "oracle", "rouge1", "rouge2", "rougeL", "length", "count", "latencyMs", "docsPerSecond", "failures"],
            entry.Select(p => p.Key));
        Assert.Equal(["p", "r", "f", "ci"], entry["rougeL"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["p50", "p95"], entry["latencyMs"]!.AsObject().Select(p => p.Key));
        Assert.Equal(2.5, (double)entry["latencyMs"]!["p50"]!);
        Assert.Equal(3.85, (double)entry["latencyMs"]!["p95"]!, 9);
        Assert.Equal(400, (double)entry["docsPerSecond"]!);
        Assert.Equal(1, (int)entry["failures"]!);
        Assert.False((bool)entry["oracle"]!);
        Assert.Equal(0.25, (double)entry["rougeL"]!["f"]!, 12);
    }

    [Fact]
    public void Json_is_identical_for_identical_inputs_and_has_no_clock_in_it()
    {
        var a = LeaderboardJson.Serialize(LeaderboardBuilder.Build("d", [Results("x", false, 0.4), Results("o", true, 0.8)], Options));
        var b = LeaderboardJson.Serialize(LeaderboardBuilder.Build("d", [Results("x", false, 0.4), Results("o", true, 0.8)], Options));
        Assert.Equal(a, b);
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Text.Encoding.UTF8.GetString(a));
    }

    [Fact]
    public void Latency_percentiles_interpolate_linearly()
    {
        var latency = LatencySummary.From([4, 1, 3, 2, 5]);
        Assert.Equal(3, latency.P50);
        Assert.Equal(4.8, latency.P95, 9);
        Assert.Equal(new LatencySummary(0, 0), LatencySummary.From([]));
    }

    [Fact]
    public void Markdown_marks_oracles_and_shows_the_interval()
    {
        var text = LeaderboardMarkdown.Render(LeaderboardBuilder.Build("d", [Results("a|b", false, 0.3), Results("o", true, 0.9)], Options));
        Assert.Contains("| 1 | a\\|b | 0.3000 | 0.3000 | 0.3000 [0.3000, 0.3000] | 100.0 % |", text);
        Assert.Contains("| - | o *(oracle)* |", text);
    }

    [Fact]
    public void Markdown_marks_a_summarizer_over_the_budget_and_says_why()
    {
        var over = Results("long", false, 0.6);
        over = over with { PerDoc = [.. over.PerDoc.Select((d, i) => i == 0 ? d with { Chars = 25 } : d)] };
        var text = LeaderboardMarkdown.Render(LeaderboardBuilder.Build("d", [over, Results("short", false, 0.3)], Options));
        Assert.Contains("| 1 | long | 0.6000 | 0.6000 | 0.6000 [0.6000, 0.6000] | 75.0 % † |", text);
        Assert.Contains("| 2 | short | 0.3000 | 0.3000 | 0.3000 [0.3000, 0.3000] | 100.0 % |", text);
        Assert.Contains("† over the budget (or failed) on some documents", text);

        var unbudgeted = LeaderboardMarkdown.Render(LeaderboardBuilder.Build("d", [over], Options with { MaxChars = null }));
        Assert.DoesNotContain("†", unbudgeted);
        Assert.DoesNotContain("†", LeaderboardMarkdown.Render(LeaderboardBuilder.Build("d", [Results("short", false, 0.3)], Options)));
    }

    [Fact]
    public void Markdown_counts_one_document_and_a_budget_of_one_character_in_the_singular()
    {
        var one = LeaderboardMarkdown.Render(LeaderboardBuilder.Build("d", [Results("a", false, 0.3, docs: 1)], Options with { MaxChars = 1 }));
        Assert.Contains("\n1 document, budget 1 character; ROUGE F1", one);
        var two = LeaderboardMarkdown.Render(LeaderboardBuilder.Build("d", [Results("a", false, 0.3, docs: 2)], Options));
        Assert.Contains("\n2 documents, budget 20 characters; ROUGE F1", two);
    }

    [Theory]
    [InlineData("textrank:similarity=bm25", "textrank_similarity_bm25.jsonl")]
    [InlineData("lead-1", "lead-1.jsonl")]
    [InlineData("exec:command=\"python3 a.py\"", "exec_command__python3_a.py_.jsonl")]
    [InlineData("..", "summarizer.jsonl")]
    public void Prediction_file_names_are_safe(string spec, string expected) =>
        Assert.Equal(expected, Assert.Single(PredictionFileName.For([spec])));

    [Fact]
    public void Prediction_file_names_never_collide_and_long_ones_are_shortened()
    {
        var names = PredictionFileName.For(["a:b=c", "a:b_c", "A:b=c", new string('x', 200)]);
        Assert.Equal(4, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names.Take(3), n => Assert.Matches("^a_b_c-[0-9a-f]{8}\\.jsonl$", n.ToLowerInvariant()));
        Assert.True(names[3].Length <= 80 + 9 + 6);
    }

    [Fact]
    public void Predictions_are_json_lines_of_id_and_summary()
    {
        var path = Path.GetTempFileName();
        try
        {
            PredictionsWriter.Write(path, [("a", "摘要\"一\""), ("b", string.Empty)]);
            var lines = File.ReadAllLines(path);
            Assert.Equal(2, lines.Length);
            Assert.Equal("{\"id\":\"a\",\"summary\":\"摘要\\\"一\\\"\"}", lines[0]);
            Assert.Equal(string.Empty, JsonDocument.Parse(lines[1]).RootElement.GetProperty("summary").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
