using SummEval.Documents;
using SummEval.Judging;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Runs;

namespace SummEval.Reports.Html;

/// <summary>
/// Builds the <see cref="HtmlReportModel"/> of a leaderboard run: the ranked entries, and for every document its
/// source, references and each summarizer's summary with its scores. A pure function of what the run stored; the
/// documents are produced lazily, in dataset order.
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
        ArgumentNullException.ThrowIfNull(outcomes);
        return Build(
            leaderboard,
            outcomes.ToDictionary(o => o.Key, o => (IEnumerable<DocumentOutcome>)o.Value.OrderBy(x => x.Position), StringComparer.Ordinal),
            documents,
            judgments);
    }

    /// <summary>
    /// Like the other overload, with each summarizer's stored rows as a sequence in dataset (position) order, e.g.
    /// <see cref="RunStore.StreamOutcomes"/>: the model's documents are then built while the page is written, one at
    /// a time, so a report over 200,000 documents never holds them all. <paramref name="documents"/> is the whole
    /// dataset, indexed by position.
    /// </summary>
    public static HtmlReportModel Build(
        Leaderboard leaderboard,
        IReadOnlyDictionary<string, IEnumerable<DocumentOutcome>> outcomes,
        IReadOnlyList<Document>? documents,
        IReadOnlyDictionary<string, IReadOnlyList<Judgment>>? judgments = null)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        ArgumentNullException.ThrowIfNull(outcomes);
        var entries = leaderboard.Entries.Select(ToEntry).ToList();
        return new HtmlReportModel(leaderboard.Dataset, leaderboard.MaxChars, leaderboard.Count, entries, Documents(leaderboard, outcomes, documents, judgments))
        {
            OraclesRanked = leaderboard.OraclesRanked,
        };
    }

    // Every document some summarizer has a stored row for, in dataset order: the rows of all summarizers are joined
    // by position as they stream (one row per summarizer in hand), and each document is mapped when it is reached.
    private static IEnumerable<HtmlReportDocument> Documents(
        Leaderboard leaderboard,
        IReadOnlyDictionary<string, IEnumerable<DocumentOutcome>> outcomes,
        IReadOnlyList<Document>? documents,
        IReadOnlyDictionary<string, IReadOnlyList<Judgment>>? judgments)
    {
        var specs = leaderboard.Entries.Select(e => e.Summarizer).ToList();
        var scores = leaderboard.Entries.Select(e => e.Score.PerDoc.ToDictionary(d => d.Id, StringComparer.Ordinal)).ToList();
        var verdicts = specs.Select(s => (judgments?.GetValueOrDefault(s) ?? []).ToDictionary(j => j.DocumentId, StringComparer.Ordinal)).ToList();
        var rows = OrderedMerge.By(
            [.. specs.Select((spec, column) => (outcomes.TryGetValue(spec, out var list) ? list : []).Select(o => (Column: column, Outcome: o)))],
            x => x.Outcome.Position);
        Dictionary<string, Document>? byId = null;
        var current = new DocumentOutcome?[specs.Count];
        string? id = null;
        var position = -1;
        foreach (var (column, outcome) in rows)
        {
            if (id is not null && (outcome.Position != position || outcome.DocumentId != id))
            {
                yield return Map(id, position, current);
                Array.Clear(current);
            }

            (id, position) = (outcome.DocumentId, outcome.Position);
            current[column] = outcome;
        }

        if (id is not null)
        {
            yield return Map(id, position, current);
        }

        HtmlReportDocument Map(string id, int position, DocumentOutcome?[] row)
        {
            var document = documents is null ? null
                : position < documents.Count && documents[position].Id == id ? documents[position]
                : (byId ??= documents.ToDictionary(d => d.Id, StringComparer.Ordinal)).GetValueOrDefault(id);
            var summaries = new List<HtmlDocumentSummary>(specs.Count);
            for (var k = 0; k < specs.Count; k++)
            {
                var outcome = row[k];
                scores[k].TryGetValue(id, out var score);
                var summary = outcome is { Failure: null } ? outcome.Summary : null;
                summaries.Add(new HtmlDocumentSummary(
                    specs[k],
                    summary,
                    score?.Rouge.Rouge1.F1 ?? 0,
                    score?.Rouge.Rouge2.F1 ?? 0,
                    score?.Rouge.RougeL.F1 ?? 0,
                    outcome?.Failure ?? (outcome is null ? "not run" : null))
                {
                    NovelRanges = summary is not null && document is not null ? NoveltyScorer.NovelCharacters(summary, document.Source) : [],
                    Judgment = verdicts[k].TryGetValue(id, out var verdict) ? Describe(verdict) : null,
                });
            }

            return new HtmlReportDocument(id, document?.Source ?? string.Empty, document?.References ?? [], summaries);
        }
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
}
