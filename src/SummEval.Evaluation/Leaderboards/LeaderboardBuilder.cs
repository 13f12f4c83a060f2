using SummEval.Judging;
using SummEval.Metrics;

namespace SummEval.Leaderboards;

/// <summary>
/// Builds a leaderboard from per-document results; a pure function, so a run and a merge of its shards give the same
/// board. Ranking: ROUGE-L F1 descending (or the judged score <c>rankBy</c> names, unjudged entries last), then the spec
/// in ordinal order; oracles come after every other entry (ranked among themselves) unless <c>rankOracles</c> puts them
/// in the one ranking.
/// </summary>
public static class LeaderboardBuilder
{
    /// <summary>Scores and ranks <paramref name="results"/>; every entry must cover the same documents.</summary>
    public static Leaderboard Build(string dataset, IReadOnlyList<ContestantResults> results, CorpusScoreOptions options, bool rankOracles = false, RankKey rankBy = RankKey.RougeL)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var count = results.Count == 0 ? 0 : results[0].PerDoc.Count;
        if (results.FirstOrDefault(r => r.PerDoc.Count != count || r.LatenciesMs.Count != count) is { } uneven)
        {
            throw new ArgumentException($"'{uneven.Summarizer}' has {uneven.PerDoc.Count} scores and {uneven.LatenciesMs.Count} latencies; every summarizer needs {count}.", nameof(results));
        }

        var entries = results
            .Select(r => new LeaderboardEntry(
                r.Summarizer,
                r.Oracle,
                CorpusScorer.Summarize(r.PerDoc, options),
                LatencySummary.From(r.LatenciesMs),
                DocsPerSecond(r.LatenciesMs),
                r.Failures)
            { Usage = r.Usage, Judged = JudgedSummary.From(r.Judgments, options.Seed, options.BootstrapSamples) })
            .OrderBy(e => !rankOracles && e.Oracle)
            .ThenByDescending(e => Key(e, rankBy))
            .ThenByDescending(e => e.Score.RougeL.F1)
            .ThenBy(e => e.Summarizer, StringComparer.Ordinal)
            .ToList();
        return new Leaderboard(dataset, count, options.MaxChars, entries) { OraclesRanked = rankOracles, RankedBy = rankBy };
    }

    private static double Key(LeaderboardEntry entry, RankKey rankBy) => rankBy switch
    {
        RankKey.Faithfulness => entry.Judged is { Judged: > 0 } j ? j.Faithfulness.Mean : double.NegativeInfinity,
        RankKey.Informativeness => entry.Judged is { Judged: > 0 } j ? j.Informativeness.Mean : double.NegativeInfinity,
        _ => entry.Score.RougeL.F1,
    };

    private static double DocsPerSecond(IReadOnlyList<double> latenciesMs)
    {
        var seconds = latenciesMs.Sum() / 1000;
        return seconds > 0 ? latenciesMs.Count / seconds : 0;
    }
}
