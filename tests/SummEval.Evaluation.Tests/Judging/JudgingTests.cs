using SummEval.Judging;
using SummEval.Leaderboards;
using SummEval.Metrics;
using Xunit;

namespace SummEval.Evaluation.Tests.Judging;

/// <summary>The judge's answer parsing, per-document failures, judged summaries and ranking by a judged score.</summary>
public sealed class JudgingTests
{
    [Theory]
    [InlineData("{\"faithfulness\": 5, \"informativeness\": 2, \"reason\": \"忠实但遗漏结论\"}", 5, 2, "忠实但遗漏结论")]
    [InlineData("评分如下:\n```json\n{\"faithfulness\":1,\"informativeness\":1,\"reason\":\"编造了\\n数据\"}\n```", 1, 1, "编造了 数据")]
    public void Well_formed_answers_parse(string answer, int faithfulness, int informativeness, string reason)
    {
        var parsed = JudgmentParser.Parse(answer, out var error);
        Assert.Null(error);
        Assert.Equal((faithfulness, informativeness, reason), parsed);
    }

    [Theory]
    [InlineData("很好", "no JSON object")]
    [InlineData("{\"faithfulness\": 6, \"informativeness\": 2, \"reason\": \"x\"}", "\"faithfulness\" must be an integer from 1 to 5")]
    [InlineData("{\"faithfulness\": 4.5, \"informativeness\": 2, \"reason\": \"x\"}", "\"faithfulness\" must be an integer")]
    [InlineData("{\"faithfulness\": \"4\", \"informativeness\": 2, \"reason\": \"x\"}", "\"faithfulness\" must be an integer")]
    [InlineData("{\"faithfulness\": 4, \"reason\": \"x\"}", "\"informativeness\" is missing")]
    [InlineData("{\"faithfulness\": 4, \"informativeness\": 2}", "\"reason\" is missing")]
    [InlineData("{\"faithfulness\": 4, \"informativeness\": 2, \"reason\": \"x\"", "no JSON object")]
    [InlineData("{faithfulness: 4}", "does not parse")]
    public void Malformed_answers_say_what_is_wrong(string answer, string message)
    {
        Assert.Null(JudgmentParser.Parse(answer, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void The_rubric_fills_source_and_summary_once()
    {
        var prompt = JudgeRubric.Prompt("原文里写着{summary}", "摘要");
        Assert.Contains("原文里写着{summary}", prompt);
        Assert.EndsWith("摘要", prompt);
        Assert.Contains("忠实度", prompt);
        Assert.Equal(JudgeRubric.Version, JudgeRequest.For("a", "b").RubricVersion);
    }

    [Fact]
    public async Task A_failed_request_or_a_malformed_answer_fails_that_document_only_and_keeps_the_raw_answer()
    {
        var judge = new ScriptedJudge(summary => summary switch
        {
            "断线" => throw new HttpRequestException("connection reset"),
            "乱答" => "满分!",
            _ => "{\"faithfulness\": 3, \"informativeness\": 4, \"reason\": \"一般\"}",
        });
        var ok = await JudgeRunner.JudgeOneAsync(judge, "d1", "原文", "好摘要", CancellationToken.None);
        var broken = await JudgeRunner.JudgeOneAsync(judge, "d2", "原文", "断线", CancellationToken.None);
        var garbled = await JudgeRunner.JudgeOneAsync(judge, "d3", "原文", "乱答", CancellationToken.None);
        Assert.Equal((3, 4, "一般"), (ok.Faithfulness!.Value, ok.Informativeness!.Value, ok.Reason));
        Assert.Null(ok.Failure);
        Assert.Contains("connection reset", broken.Failure);
        Assert.Null(broken.Raw);
        Assert.Null(broken.Reply);
        Assert.StartsWith("malformed judge answer", garbled.Failure);
        Assert.Equal("满分!", garbled.Raw);
        Assert.NotNull(garbled.Reply);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => JudgeRunner.JudgeOneAsync(judge, "d4", "原文", "x", new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Judged_summaries_average_the_judged_documents_with_intervals_and_count_cost()
    {
        var judgments = new[] { (5, 4), (3, 2), (4, 4), (4, 5) }
            .Select((s, i) => new Judgment($"d{i}", "judge-x", JudgeRubric.Version, s.Item1, s.Item2, "r", "{}", null) { Reply = new JudgeReply("{}", 100, 10, 0.001m, i == 0) })
            .Append(new Judgment("d9", "judge-x", JudgeRubric.Version, null, null, string.Empty, "??", "malformed judge answer: x") { Reply = new JudgeReply("??", 100, 1, 0.001m, false) })
            .ToList();
        var summary = JudgedSummary.From(judgments, seed: 42, samples: 500)!;
        Assert.Equal(4.0, summary.Faithfulness.Mean);
        Assert.Equal(3.75, summary.Informativeness.Mean);
        Assert.True(summary.Faithfulness.CiLow < 4 && summary.Faithfulness.CiHigh > 4);
        Assert.Equal((4, 1, 500L, 41L, 0.005m, 1), (summary.Judged, summary.Failures, summary.InputTokens, summary.OutputTokens, summary.CostUsd, summary.Cached));
        Assert.Null(JudgedSummary.From([], 42, 500));
    }

    [Fact]
    public void Judged_scores_never_rank_unless_asked()
    {
        var doc = new DocumentScore("d0", new RougeScores(new PrfScore(0.5, 0.5, 0.5), new PrfScore(0.4, 0.4, 0.4), new PrfScore(0.5, 0.5, 0.5)), 10);
        var weak = new DocumentScore("d0", new RougeScores(new PrfScore(0.2, 0.2, 0.2), new PrfScore(0.1, 0.1, 0.1), new PrfScore(0.2, 0.2, 0.2)), 10);
        Judgment Verdict(int f) => new("d0", "j", JudgeRubric.Version, f, 6 - f, "r", "{}", null);
        var results = new[]
        {
            new ContestantResults("rouge-strong", false, [doc], [1.0], 0) { Judgments = [Verdict(2)] },
            new ContestantResults("faithful", false, [weak], [1.0], 0) { Judgments = [Verdict(5)] },
            new ContestantResults("unjudged", false, [weak], [1.0], 0),
        };
        var options = new CorpusScoreOptions { BootstrapSamples = 50 };
        Assert.Equal(["rouge-strong", "faithful", "unjudged"], LeaderboardBuilder.Build("t", results, options).Entries.Select(e => e.Summarizer));
        var byFaithfulness = LeaderboardBuilder.Build("t", results, options, rankBy: RankKey.Faithfulness);
        Assert.Equal(["faithful", "rouge-strong", "unjudged"], byFaithfulness.Entries.Select(e => e.Summarizer));
        Assert.Equal(RankKey.Faithfulness, byFaithfulness.RankedBy);
        Assert.Equal(["rouge-strong", "faithful", "unjudged"], LeaderboardBuilder.Build("t", results, options, rankBy: RankKey.Informativeness).Entries.Select(e => e.Summarizer));
        Assert.Contains("\"rankedBy\": \"faithfulness\"", System.Text.Encoding.UTF8.GetString(LeaderboardJson.Serialize(byFaithfulness)));
        Assert.Contains("ranked by judged faithfulness (--rank-by)", LeaderboardMarkdown.Render(byFaithfulness));
    }

    private sealed class ScriptedJudge(Func<string, string> answer) : IJudge
    {
        public string Model => "scripted";

        public Task<JudgeReply> AskAsync(JudgeRequest request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(new JudgeReply(answer(request.Summary), 10, 5, 0.0001m, false));
        }
    }
}
