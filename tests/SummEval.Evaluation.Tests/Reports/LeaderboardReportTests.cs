using SummEval.Documents;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Reports.Html;
using SummEval.Runs;
using Xunit;

namespace SummEval.Evaluation.Tests.Reports;

public sealed class LeaderboardReportTests
{
    private static readonly Document[] Documents =
    [
        new("d1", "本文提出一种中文摘要方法。", "中文摘要方法"),
        new("d2", "实验表明该方法有效。", "方法有效"),
    ];

    private static (Leaderboard Board, Dictionary<string, IReadOnlyList<DocumentOutcome>> Outcomes) Run()
    {
        var good = new[] { new DocumentOutcome("good", 0, "d1", "中文摘要方法", 1, null), new DocumentOutcome("good", 1, "d2", "方法有效", 1, null) };
        var flaky = new[] { new DocumentOutcome("flaky", 0, "d1", "本文提出", 2, null), new DocumentOutcome("flaky", 1, "d2", string.Empty, 2, "boom on d2") };
        var options = new CorpusScoreOptions { MaxChars = 20 };
        ContestantResults Results(string name, DocumentOutcome[] outcomes) => new(
            name,
            false,
            outcomes.Select(o => new DocumentScore(o.DocumentId, RougeScorer.Score(o.Summary, Documents.Single(d => d.Id == o.DocumentId).References), o.Chars)).ToList(),
            outcomes.Select(o => o.LatencyMs).ToList(),
            outcomes.Count(o => o.Failure is not null));
        var board = LeaderboardBuilder.Build("toy", [Results("flaky", flaky), Results("good", good)], options);
        return (board, new Dictionary<string, IReadOnlyList<DocumentOutcome>> { ["good"] = good, ["flaky"] = flaky });
    }

    [Fact]
    public void Maps_ranked_entries_sources_summaries_scores_and_failures()
    {
        var (board, outcomes) = Run();
        var model = LeaderboardReport.Build(board, outcomes, Documents);

        Assert.Equal(["good", "flaky"], model.Entries.Select(e => e.Spec));
        Assert.Equal(1.0, model.Entries[0].RougeL.F1, 12);
        Assert.Equal(1, model.Entries[1].Failures);
        Assert.Equal([6, 4], model.Entries[0].SummaryLengths);
        Assert.Equal(["d1", "d2"], model.Documents.Select(d => d.Id));
        Assert.Equal(Documents[0].Source, model.Documents.ElementAt(0).Source);
        var failed = model.Documents.ElementAt(1).Summaries.Single(s => s.Spec == "flaky");
        Assert.Null(failed.Summary);
        Assert.Equal("boom on d2", failed.Error);
        Assert.Equal(1.0, model.Documents.ElementAt(1).Summaries.Single(s => s.Spec == "good").RougeLF1, 12);
        Assert.Contains("boom on d2", HtmlReportWriter.Render(model));
    }

    [Fact]
    public void Without_the_dataset_the_drill_down_keeps_ids_and_summaries()
    {
        var (board, outcomes) = Run();
        var model = LeaderboardReport.Build(board, outcomes, documents: null);

        Assert.Equal(["d1", "d2"], model.Documents.Select(d => d.Id));
        Assert.All(model.Documents, d => Assert.Equal(string.Empty, d.Source));
        Assert.Equal("中文摘要方法", model.Documents.ElementAt(0).Summaries.Single(s => s.Spec == "good").Summary);
        Assert.Contains("中文摘要方法", HtmlReportWriter.Render(model));
    }
}
