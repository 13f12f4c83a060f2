using System.Diagnostics;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Packaging;

/// <summary><c>summeval</c> as a .NET tool: pack it, install it from a local feed with <c>dotnet tool install</c>, run it.</summary>
[Collection("dotnet pack")]
public class ToolPackageTests
{
    [Fact]
    public async Task The_packed_tool_installs_and_runs()
    {
        var work = Directory.CreateTempSubdirectory("summeval-tool-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            var tools = Path.Combine(work, "tools");
            await DotnetCli.RunAsync(SharedData.RepositoryRoot, "pack", "src/SummEval.Cli", "-c", "Release", "-o", feed, "-p:Version=0.0.1-test");
            await DotnetCli.RunAsync(work, "tool", "install", "SummEval.Cli", "--tool-path", tools, "--add-source", feed, "--version", "0.0.1-test");

            var psi = new ProcessStartInfo(Path.Combine(tools, "summeval")) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
            psi.ArgumentList.Add("list");
            psi.ArgumentList.Add("--json");
            using var process = Process.Start(psi)!;
            var stdout = await process.StandardOutput.ReadToEndAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, stdout + stderr);
            Assert.Contains("\"textrank\"", stdout);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
