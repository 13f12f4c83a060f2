using SummEval.Documents;
using SummEval.Judging;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Runs;

namespace SummEval.Reports.Html;

/// <summary>
/// Builds the <see cref="HtmlReportModel"/> of a leaderboard run: the ranked entries, and for every document its
/// source, references and each summarizer's summary with its scores. A pure function of what the run stored.
/// </summary>
public static class LeaderboardReport
{
    /// <summary>
    /// Maps <paramref name="leaderboard"/>, the stored summaries per summarizer spec, and the documents (null when the
    /// dataset is not available, e.g. after a merge on another machine: the drill-down then shows ids and summaries only).
    /// </summary>
    public static HtmlReportModel Build(
        Leaderboard leaderboard,
        IReadOnlyDictionary<string, IReadOnlyList<DocumentOutcome>> outcomes,
        IReadOnlyList<Document>? documents,
        IReadOnlyDictionary<string, IReadOnlyList<Judgment>>? judgments = null)
    {
        var entries = leaderboard.Entries.Select(ToEntry).ToList();
        var order = DocumentOrder(leaderboard, outcomes, documents);
        var byId = documents?.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var summaries = leaderboard.Entries.ToDictionary(
            e => e.Summarizer,
            e => (outcomes.TryGetValue(e.Summarizer, out var list) ? list : []).ToDictionary(o => o.DocumentId, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var scores = leaderboard.Entries.ToDictionary(
            e => e.Summarizer,
            e => e.Score.PerDoc.ToDictionary(d => d.Id, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var verdicts = leaderboard.Entries.ToDictionary(
            e => e.Summarizer,
            e => (judgments?.GetValueOrDefault(e.Summarizer) ?? []).ToDictionary(j => j.DocumentId, StringComparer.Ordinal),
            StringComparer.Ordinal);

        var reportDocuments = new List<HtmlReportDocument>(order.Count);
        foreach (var id in order)
        {
            var document = byId is not null && byId.TryGetValue(id, out var d) ? d : null;
            var rows = new List<HtmlDocumentSummary>(leaderboard.Entries.Count);
            foreach (var entry in leaderboard.Entries)
            {
                summaries[entry.Summarizer].TryGetValue(id, out var outcome);
                scores[entry.Summarizer].TryGetValue(id, out var score);
                var summary = outcome is { Failure: null } ? outcome.Summary : null;
                rows.Add(new HtmlDocumentSummary(
                    entry.Summarizer,
                    summary,
                    score?.Rouge.Rouge1.F1 ?? 0,
                    score?.Rouge.Rouge2.F1 ?? 0,
                    score?.Rouge.RougeL.F1 ?? 0,
                    outcome?.Failure ?? (outcome is null ? "not run" : null))
                {
                    NovelRanges = summary is not null && document is not null ? NoveltyScorer.NovelCharacters(summary, document.Source) : [],
                    Judgment = verdicts[entry.Summarizer].TryGetValue(id, out var verdict) ? Describe(verdict) : null,
                });
            }

            reportDocuments.Add(new HtmlReportDocument(id, document?.Source ?? string.Empty, document?.References ?? [], rows));
        }

        return new HtmlReportModel(leaderboard.Dataset, leaderboard.MaxChars, leaderboard.Count, entries, reportDocuments)
        {
            OraclesRanked = leaderboard.OraclesRanked,
        };
    }

    private static HtmlReportEntry ToEntry(LeaderboardEntry entry)
    {
        var score = entry.Score;
        return new HtmlReportEntry(
            entry.Summarizer,
            entry.Oracle,
            new HtmlRougeScore(score.Rouge1.Precision, score.Rouge1.Recall, score.Rouge1.F1, score.Rouge1.CiLow, score.Rouge1.CiHigh),
            new HtmlRougeScore(score.Rouge2.Precision, score.Rouge2.Recall, score.Rouge2.F1, score.Rouge2.CiLow, score.Rouge2.CiHigh),
            new HtmlRougeScore(score.RougeL.Precision, score.RougeL.Recall, score.RougeL.F1, score.RougeL.CiLow, score.RougeL.CiHigh),
            score.Length.Adherence,
            score.Length.MeanChars,
            score.Length.MedianChars,
            score.Length.P95Chars,
            entry.Failures,
            entry.Latency.P50,
            entry.Latency.P95,
            score.PerDoc.Select(d => d.Chars).ToList())
        {
            Novelty = score.Novelty is { } n
                ? new HtmlNovelty(n.Coverage.Mean, n.Density.Mean, n.Compression.Mean, n.Novel1.Mean, n.Novel2.Mean, n.Novel2.CiLow, n.Novel2.CiHigh, n.Novel3.Mean, n.Repetition.Mean)
                : null,
            Judged = entry.Judged is { } j
                ? new HtmlJudged(j.Judge, j.Rubric, j.Faithfulness.Mean, j.Faithfulness.CiLow, j.Faithfulness.CiHigh, j.Informativeness.Mean, j.Informativeness.CiLow, j.Informativeness.CiHigh, j.Failures, j.CostUsd)
                : null,
        };
    }

    private static string Describe(Judgment judgment) => judgment.Failure is { } failure
        ? $"judge ({judgment.Judge}) failed: {failure}"
        : $"judge ({judgment.Judge}): faithfulness {judgment.Faithfulness}, informativeness {judgment.Informativeness}: {judgment.Reason}";

    // Dataset order when the documents are known (the order people read them in), else the scored order.
    private static List<string> DocumentOrder(
        Leaderboard leaderboard,
        IReadOnlyDictionary<string, IReadOnlyList<DocumentOutcome>> outcomes,
        IReadOnlyList<Document>? documents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in leaderboard.Entries)
        {
            seen.UnionWith(entry.Score.PerDoc.Select(d => d.Id));
            if (outcomes.TryGetValue(entry.Summarizer, out var list))
            {
                seen.UnionWith(list.Select(o => o.DocumentId));
            }
        }

        if (documents is not null)
        {
            return documents.Where(d => seen.Contains(d.Id)).Select(d => d.Id).ToList();
        }

        var first = leaderboard.Entries.SelectMany(e => e.Score.PerDoc.Select(d => d.Id)).Distinct(StringComparer.Ordinal).ToList();
        first.AddRange(seen.Except(first, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return first;
    }
}
