using System.Globalization;
using Spectre.Console;
using SummEval.Leaderboards;
using SummEval.Text;

namespace SummEval.Cli.Runs;

/// <summary>Prints a leaderboard on stdout: a Spectre table on a terminal, the Markdown table when output is redirected (logs, CI).</summary>
internal static class LeaderboardConsole
{
    public static void Write(Leaderboard leaderboard)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            Console.Out.Write(LeaderboardMarkdown.Render(leaderboard));
            return;
        }

        AnsiConsole.Write(Table(leaderboard));
    }

    /// <summary>The leaderboard as a Spectre table (every text escaped: specs may hold '[' and ']').</summary>
    public static Table Table(Leaderboard leaderboard)
    {
        var table = new Table()
            .Title(Markup.Escape(F($"{leaderboard.Dataset}: {Quantity.Of(leaderboard.Count, "document")}, budget {leaderboard.MaxChars?.ToString(CultureInfo.InvariantCulture) ?? "none"}")))
            .AddColumns("#", "summarizer", "ROUGE-1", "ROUGE-2", "ROUGE-L [[95 % CI]]", "adherence", "mean chars", "failures", "p50 ms", "docs/s");
        foreach (var (entry, rank) in LeaderboardMarkdown.Ranks(leaderboard))
        {
            var s = entry.Score;
            table.AddRow(
                rank,
                Markup.Escape(entry.Summarizer) + (entry.Oracle ? " [grey](oracle)[/]" : string.Empty),
                F($"{s.Rouge1.F1:0.0000}"),
                F($"{s.Rouge2.F1:0.0000}"),
                F($"{s.RougeL.F1:0.0000} [[{s.RougeL.CiLow:0.0000}, {s.RougeL.CiHigh:0.0000}]]"),
                F($"{s.Length.Adherence * 100:0.0} %"),
                F($"{s.Length.MeanChars:0.0}"),
                entry.Failures == 0 ? "0" : F($"[red]{entry.Failures}[/]"),
                F($"{entry.Latency.P50:0.000}"),
                F($"{entry.DocsPerSecond:0}"));
        }

        return table;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
