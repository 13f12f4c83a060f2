using Xunit;

namespace SummEval.Cli.Tests.Commands;

public class ListCommandTests
{
    [Fact]
    public async Task Help_lists_the_list_command()
    {
        var result = await CliRunner.RunAsync("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("list", result.Stdout);
    }

    [Fact]
    public async Task Unknown_command_fails_with_nonzero_exit()
    {
        var result = await CliRunner.RunAsync("no-such-command");
        Assert.NotEqual(0, result.ExitCode);
    }
}
