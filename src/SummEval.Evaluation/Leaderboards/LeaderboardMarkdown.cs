using System.Globalization;
using System.Text;
using SummEval.Text;

namespace SummEval.Leaderboards;

/// <summary><c>leaderboard.md</c>: the ranked table as GitHub Markdown, with 95 % intervals on ROUGE-L and oracles marked.</summary>
public static class LeaderboardMarkdown
{
    /// <summary>The Markdown text (LF line ends).</summary>
    public static string Render(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var sb = new StringBuilder();
        var budget = leaderboard.MaxChars is { } max ? Quantity.Of(max, "character") : "none";
        sb.Append(F($"# Leaderboard: {Escape(leaderboard.Dataset)}\n\n"));
        var rankedBy = leaderboard.RankedBy == RankKey.RougeL ? "ROUGE-L F1" : F($"judged {LeaderboardJson.RankKeyName(leaderboard.RankedBy)} (--rank-by)");
        sb.Append(F($"{Quantity.Of(leaderboard.Count, "document")}, budget {budget}; ROUGE F1 with 95 % bootstrap intervals; ranked by {rankedBy}.\n\n"));
        sb.Append("| rank | summarizer | ROUGE-1 | ROUGE-2 | ROUGE-L [95 % CI] | adherence | mean chars | failures | p50 ms | p95 ms | docs/s |\n");
        sb.Append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var (entry, rank) in Ranks(leaderboard))
        {
            var s = entry.Score;
            sb.Append(F($"| {rank} | {Escape(entry.Summarizer)}{(entry.Oracle ? " *(oracle)*" : string.Empty)} | {s.Rouge1.F1:0.0000} | {s.Rouge2.F1:0.0000} | {s.RougeL.F1:0.0000} [{s.RougeL.CiLow:0.0000}, {s.RougeL.CiHigh:0.0000}] | {s.Length.Adherence * 100:0.0} %{(OverBudget(leaderboard, entry) ? " †" : string.Empty)} | {s.Length.MeanChars:0.0} | {entry.Failures} | {entry.Latency.P50:0.000} | {entry.Latency.P95:0.000} | {entry.DocsPerSecond:0} |\n"));
        }

        if (leaderboard.Entries.Any(e => OverBudget(leaderboard, e)))
        {
            // The rank reads ROUGE-L alone, and a summary over the budget can buy recall the others were denied.
            sb.Append("\n† over the budget (or failed) on some documents: its ROUGE is not comparable with that of summarizers within the budget.\n");
        }

        AppendNovelty(sb, leaderboard);
        AppendJudged(sb, leaderboard);
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

    private static bool OverBudget(Leaderboard leaderboard, LeaderboardEntry entry) =>
        leaderboard.MaxChars is not null && entry.Score.Length.Adherence < 1;

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

    // A table of its own: these figures describe how a summary relates to its source, not its quality, and never rank.
    private static void AppendNovelty(StringBuilder sb, Leaderboard leaderboard)
    {
        if (!leaderboard.Entries.Any(e => e.Score.Novelty is not null))
        {
            return;
        }

        sb.Append("\nAgainst the source (not ranked): extractive coverage, density and compression (Grusky et al. 2018), share of novel n-grams, share of repeated bigrams; means with 95 % intervals on novel bigrams.\n\n");
        sb.Append("| summarizer | coverage | density | compression | novel 1-grams | novel 2-grams [95 % CI] | novel 3-grams | repeated bigrams |\n");
        sb.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var entry in leaderboard.Entries)
        {
            if (entry.Score.Novelty is not { } n)
            {
                continue;
            }

            sb.Append(F($"| {Escape(entry.Summarizer)} | {n.Coverage.Mean:0.000} | {n.Density.Mean:0.00} | {n.Compression.Mean:0.0} | {n.Novel1.Mean:0.000} | {n.Novel2.Mean:0.000} [{n.Novel2.CiLow:0.000}, {n.Novel2.CiHigh:0.000}] | {n.Novel3.Mean:0.000} | {n.Repetition.Mean:0.000} |\n"));
        }
    }

    private static void AppendJudged(StringBuilder sb, Leaderboard leaderboard)
    {
        var judged = leaderboard.Entries.Where(e => e.Judged is not null).ToList();
        if (judged.Count == 0)
        {
            return;
        }

        var first = judged[0].Judged!;
        sb.Append(F($"\nJudged by {Escape(first.Judge)} with rubric {first.Rubric} (docs/judging.md), 1-5, means with 95 % intervals; "));
        sb.Append(leaderboard.RankedBy == RankKey.RougeL ? "not used for the ranking.\n\n" : "the ranking follows --rank-by.\n\n");
        sb.Append("| summarizer | faithfulness [95 % CI] | informativeness [95 % CI] | judged | judge failures | judge tokens in / out | judge cost (USD) | from cache |\n");
        sb.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var entry in judged)
        {
            var j = entry.Judged!;
            var cost = j.CostUsd is { } c ? c.ToString("0.0000", CultureInfo.InvariantCulture) : "unknown";
            sb.Append(F($"| {Escape(entry.Summarizer)} | {j.Faithfulness.Mean:0.00} [{j.Faithfulness.CiLow:0.00}, {j.Faithfulness.CiHigh:0.00}] | {j.Informativeness.Mean:0.00} [{j.Informativeness.CiLow:0.00}, {j.Informativeness.CiHigh:0.00}] | {j.Judged} | {j.Failures} | {j.InputTokens} / {j.OutputTokens} | {cost} | {j.Cached} |\n"));
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
