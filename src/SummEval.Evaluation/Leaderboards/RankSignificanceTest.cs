using SummEval.Metrics;

namespace SummEval.Leaderboards;

/// <summary>Paired tests between neighbours in the ranking, so a reader can tell a real lead from noise.</summary>
public static class RankSignificanceTest
{
    /// <summary>One test per pair of adjacent ranked (non-oracle unless ranked) entries, on the documents both scored.</summary>
    public static IReadOnlyList<RankSignificance> Adjacent(Leaderboard leaderboard, int samples = 10_000, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var ranked = leaderboard.Entries.Where(e => leaderboard.OraclesRanked || !e.Oracle).ToList();
        var results = new List<RankSignificance>();
        for (var i = 0; i + 1 < ranked.Count; i++)
        {
            var next = ranked[i + 1].Score.PerDoc.ToDictionary(d => d.Id, d => d.Rouge.RougeL.F1, StringComparer.Ordinal);
            var a = new List<double>();
            var b = new List<double>();
            foreach (var doc in ranked[i].Score.PerDoc)
            {
                if (next.TryGetValue(doc.Id, out var f1))
                {
                    a.Add(doc.Rouge.RougeL.F1);
                    b.Add(f1);
                }
            }

            results.Add(new RankSignificance(ranked[i].Summarizer, ranked[i + 1].Summarizer, PairedTest.Bootstrap(a, b, samples, seed)));
        }

        return results;
    }
}
