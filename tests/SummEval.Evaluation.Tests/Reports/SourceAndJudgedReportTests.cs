using SummEval.Documents;
using SummEval.Judging;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Reports.Html;
using SummEval.Runs;
using Xunit;

namespace SummEval.Evaluation.Tests.Reports;

/// <summary>The source column group, the novel-character marks and the judged column group of report.html and leaderboard.md.</summary>
public sealed class SourceAndJudgedReportTests
{
    private static readonly Document[] Documents =
    [
        new("d1", "本文提出一种中文摘要方法。", "中文摘要方法"),
        new("d2", "实验表明该方法有效。", "方法有效"),
    ];

    private static (Leaderboard Board, Dictionary<string, IReadOnlyList<DocumentOutcome>> Outcomes, Dictionary<string, IReadOnlyList<Judgment>> Judgments) Run()
    {
        // "copy" copies the source; "inventor" adds 最新 (absent from both sources) in the middle of d1's summary.
        var copy = new[] { new DocumentOutcome("copy", 0, "d1", "中文摘要方法", 1, null), new DocumentOutcome("copy", 1, "d2", "方法有效", 1, null) };
        var inventor = new[] { new DocumentOutcome("inventor", 0, "d1", "中文最新摘要", 1, null), new DocumentOutcome("inventor", 1, "d2", "方法有效", 1, null) };
        ContestantResults Results(string name, DocumentOutcome[] outcomes, int faithfulness) => new(
            name,
            false,
            outcomes.Select(o =>
            {
                var document = Documents.Single(d => d.Id == o.DocumentId);
                return new DocumentScore(o.DocumentId, RougeScorer.Score(o.Summary, document.References), o.Summary.Length)
                {
                    Novelty = NoveltyScorer.Score(o.Summary, document.Source),
                };
            }).ToList(),
            outcomes.Select(o => o.LatencyMs).ToList(),
            0)
        {
            Judgments = outcomes.Select(o => new Judgment(o.DocumentId, "judge-m", JudgeRubric.Version, faithfulness, 3, "理由" + o.DocumentId, "{}", null)).ToList(),
        };
        ContestantResults[] results = [Results("copy", copy, 5), Results("inventor", inventor, 2)];
        var board = LeaderboardBuilder.Build("toy", results, new CorpusScoreOptions { MaxChars = 20, BootstrapSamples = 100 });
        return (
            board,
            new Dictionary<string, IReadOnlyList<DocumentOutcome>> { ["copy"] = copy, ["inventor"] = inventor },
            results.ToDictionary(r => r.Summarizer, r => r.Judgments));
    }

    [Fact]
    public void Novel_characters_are_marked_and_source_and_judged_groups_are_shown_apart_from_rouge()
    {
        var (board, outcomes, judgments) = Run();
        var model = LeaderboardReport.Build(board, outcomes, Documents, judgments);

        var inventorD1 = model.Documents.ElementAt(0).Summaries.Single(s => s.Spec == "inventor");
        Assert.Equal([(2, 2)], inventorD1.NovelRanges);
        Assert.Empty(model.Documents.ElementAt(0).Summaries.Single(s => s.Spec == "copy").NovelRanges);
        Assert.Equal("judge (judge-m): faithfulness 2, informativeness 3: 理由d1", inventorD1.Judgment);

        var copy = model.Entries.Single(e => e.Spec == "copy");
        Assert.Equal(1, copy.Novelty!.Coverage);
        Assert.Equal(5, copy.Judged!.Faithfulness);
        Assert.True(model.Entries.Single(e => e.Spec == "inventor").Novelty!.Novel1 > 0);

        var html = HtmlReportWriter.Render(model);
        Assert.Contains("<col span=\"4\" class=\"source-group\"><col span=\"2\" class=\"judged-group\">", html);
        Assert.Contains("vs source: coverage", html);
        Assert.Contains("judged: faithfulness", html);
        Assert.Contains("[[2,2]],\"judge (judge-m): faithfulness 2", html);

        var markdown = LeaderboardMarkdown.Render(board);
        Assert.Contains("Against the source (not ranked)", markdown);
        // copy: coverage 1; density 6 on d1 and 4 on d2 (one fragment each); compression 13/6 and 10/4; nothing novel.
        Assert.Contains("| copy | 1.000 | 5.00 | 2.3 | 0.000 | 0.000 [0.000, 0.000] | 0.000 | 0.000 |", markdown);
        Assert.Contains("Judged by judge-m with rubric " + JudgeRubric.Version, markdown);
        Assert.Contains("| copy | 5.00 [5.00, 5.00] | 3.00 [3.00, 3.00] | 2 | 0 |", markdown);
    }
}
