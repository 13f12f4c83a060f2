using System.Globalization;
using System.Text;

namespace SummEval.Leaderboards;

/// <summary><c>leaderboard.md</c>: the ranked table as GitHub Markdown, with 95 % intervals on ROUGE-L and oracles marked.</summary>
public static class LeaderboardMarkdown
{
    /// <summary>The Markdown text (LF line ends).</summary>
    public static string Render(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var sb = new StringBuilder();
        var budget = leaderboard.MaxChars is { } max ? F($"{max} characters") : "none";
        sb.Append(F($"# Leaderboard: {Escape(leaderboard.Dataset)}\n\n"));
        sb.Append(F($"{leaderboard.Count} documents, budget {budget}; ROUGE F1 with 95 % bootstrap intervals; ranked by ROUGE-L F1.\n\n"));
        sb.Append("| rank | summarizer | ROUGE-1 | ROUGE-2 | ROUGE-L [95 % CI] | adherence | mean chars | failures | p50 ms | p95 ms | docs/s |\n");
        sb.Append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var (entry, rank) in Ranks(leaderboard))
        {
            var s = entry.Score;
            sb.Append(F($"| {rank} | {Escape(entry.Summarizer)}{(entry.Oracle ? " *(oracle)*" : string.Empty)} | {s.Rouge1.F1:0.0000} | {s.Rouge2.F1:0.0000} | {s.RougeL.F1:0.0000} [{s.RougeL.CiLow:0.0000}, {s.RougeL.CiHigh:0.0000}] | {s.Length.Adherence * 100:0.0} % | {s.Length.MeanChars:0.0} | {entry.Failures} | {entry.Latency.P50:0.000} | {entry.Latency.P95:0.000} | {entry.DocsPerSecond:0} |\n"));
        }

        if (leaderboard.Entries.Any(e => e.Usage is not null))
        {
            sb.Append("\n| summarizer | input tokens | output tokens | cost (USD) | cached documents |\n| --- | ---: | ---: | ---: | ---: |\n");
            foreach (var entry in leaderboard.Entries.Where(e => e.Usage is not null))
            {
                var u = entry.Usage!;
                sb.Append(F($"| {Escape(entry.Summarizer)} | {u.InputTokens} | {u.OutputTokens} | {(u.CostUsd is { } c ? c.ToString("0.0000", CultureInfo.InvariantCulture) : "unknown")} | {u.CachedDocuments} |\n"));
            }
        }

        var significance = RankSignificanceTest.Adjacent(leaderboard);
        if (significance.Count > 0)
        {
            sb.Append("\nIs each rank ahead of the next? Paired bootstrap on per-document ROUGE-L F1 (10,000 resamples, seed 42):\n\n");
            sb.Append("| summarizer | vs next | ROUGE-L Δ [95 % CI] | p |\n| --- | --- | ---: | ---: |\n");
            foreach (var s in significance)
            {
                sb.Append(F($"| {Escape(s.Better)} | {Escape(s.Next)} | {s.Test.MeanDifference:+0.0000;-0.0000;0.0000} [{s.Test.CiLow:0.0000}, {s.Test.CiHigh:0.0000}] | {s.Test.PValue:0.0000}{(s.Test.PValue < 0.05 ? " *" : string.Empty)} |\n"));
            }

            sb.Append("\n\\* significant at the 5 % level.\n");
        }

        if (leaderboard.Entries.Any(e => e.Oracle))
        {
            sb.Append("\nOracles look at the reference: they show the ceiling of a family of methods, not a competitor.\n");
        }

        return sb.ToString();
    }

    /// <summary>Each entry with its rank label: 1, 2, ... for ranked entries, and "-" for oracles listed after them.</summary>
    public static IEnumerable<(LeaderboardEntry Entry, string Rank)> Ranks(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var rank = 0;
        foreach (var entry in leaderboard.Entries)
        {
            yield return (entry, entry.Oracle && !leaderboard.OraclesRanked ? "-" : (++rank).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
