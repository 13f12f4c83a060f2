namespace SummEval.Reports.Html;

/// <summary>An entry with its place on the leaderboard; oracles have no rank.</summary>
/// <param name="Rank">1-based competition rank (ties share a rank), or null for an oracle.</param>
/// <param name="Entry">The entry.</param>
internal sealed record RankedEntry(int? Rank, HtmlReportEntry Entry);

/// <summary>
/// Orders entries the way the leaderboard does: ranked summarizers by ROUGE-L F1 (descending, ties by spec),
/// then oracles, which are shown for scale but not ranked unless the run asked for it.
/// </summary>
internal static class ReportRanking
{
    public static IReadOnlyList<RankedEntry> Rank(IReadOnlyList<HtmlReportEntry> entries, bool oraclesRanked = false)
    {
        var ranked = entries.Where(e => oraclesRanked || !e.Oracle).OrderBy(e => e, EntryOrder.Instance).ToList();
        var oracles = entries.Where(e => !oraclesRanked && e.Oracle).OrderBy(e => e, EntryOrder.Instance);
        var result = new List<RankedEntry>(entries.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var tied = i > 0 && SameScore(ranked[i - 1].RougeL.F1, ranked[i].RougeL.F1);
            result.Add(new RankedEntry(tied ? result[i - 1].Rank : i + 1, ranked[i]));
        }

        result.AddRange(oracles.Select(e => new RankedEntry(null, e)));
        return result;
    }

    private static bool SameScore(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));

    private sealed class EntryOrder : IComparer<HtmlReportEntry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(HtmlReportEntry? x, HtmlReportEntry? y)
        {
            var a = Key(x!.RougeL.F1);
            var b = Key(y!.RougeL.F1);
            var byScore = b.CompareTo(a);
            return byScore != 0 ? byScore : string.CompareOrdinal(x.Spec, y.Spec);
        }

        // NaN (no score) sorts last.
        private static double Key(double f1) => double.IsNaN(f1) ? double.NegativeInfinity : f1;
    }
}
