using Spectre.Console;
using SummEval.Cli.Runs;
using SummEval.Leaderboards;
using SummEval.Metrics;
using Xunit;

namespace SummEval.Cli.Tests.Runs;

public sealed class LeaderboardConsoleTests
{
    [Fact]
    public void The_terminal_table_renders_specs_with_brackets_and_marks_oracles()
    {
        var prf = new PrfScore(0.3, 0.3, 0.3);
        var perDoc = new[] { new DocumentScore("a", new RougeScores(prf, prf, prf), 20) };
        var board = LeaderboardBuilder.Build(
            "d",
            [new ContestantResults("exec:command=\"x [1]\"", false, perDoc, [1.0], 0), new ContestantResults("oracle-lcs", true, perDoc, [1.0], 0)],
            new CorpusScoreOptions { MaxChars = 20 });
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        console.Write(LeaderboardConsole.Table(board));
        var text = writer.ToString();
        Assert.Contains("exec:command=\"x [1]\"", text);
        Assert.Contains("oracle-lcs (oracle)", text);
        Assert.Contains("ROUGE-L [95 % CI]", text);
        Assert.Contains("0.3000 [0.3000, 0.3000]", text);
    }
}
