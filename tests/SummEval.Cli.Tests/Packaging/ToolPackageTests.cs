using System.Diagnostics;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Packaging;

/// <summary><c>summeval</c> as a .NET tool: pack it (one package per platform), install it from a local feed with <c>dotnet tool install</c>, run it.</summary>
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

            // RID-specific tool packages: one per platform, the user's only downloaded; no mobile runtimes anywhere.
            foreach (var rid in new[] { "linux-x64", "linux-arm64", "win-x64", "osx-arm64" })
            {
                var package = Path.Combine(feed, $"SummEval.Cli.{rid}.0.0.1-test.nupkg");
                Assert.True(File.Exists(package), $"no {rid} package in {string.Join(", ", Directory.GetFiles(feed).Select(Path.GetFileName))}");
                using var zip = System.IO.Compression.ZipFile.OpenRead(package);
                var mobile = zip.Entries.Where(e => e.FullName.Contains("/ios", StringComparison.OrdinalIgnoreCase) || e.FullName.Contains("android", StringComparison.OrdinalIgnoreCase)).Select(e => e.FullName).ToList();
                Assert.True(mobile.Count == 0, $"{rid} ships mobile files: {string.Join(", ", mobile.Take(5))}");
            }

            var linux = new FileInfo(Path.Combine(feed, "SummEval.Cli.linux-x64.0.0.1-test.nupkg")).Length;
            Assert.True(linux <= 60L * 1024 * 1024, $"linux-x64 tool package is {linux / 1024 / 1024} MB, over 60 MB");
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

            // jieba's data travels inside the tool package (jieba-data/ from the jieba.NET NuGet package), so
            // segmenting needs nothing installed beside the tool.
            var store = Directory.GetDirectories(Path.Combine(tools, ".store"), "jieba-data", SearchOption.AllDirectories);
            Assert.True(store.Length == 1, "jieba-data/ not found in the installed tool: " + string.Join(", ", store));
            Assert.True(File.Exists(Path.Combine(store[0], "dict.txt")), store[0]);
            var segment = new ProcessStartInfo(Path.Combine(tools, "summeval"))
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = work,
            };
            segment.ArgumentList.Add("segment");
            segment.Environment.Remove("SUMMEVAL_JIEBA_DICT");
            using var segmenter = Process.Start(segment)!;
            await segmenter.StandardInput.WriteLineAsync("我来到北京清华大学");
            segmenter.StandardInput.Close();
            var tokens = await segmenter.StandardOutput.ReadToEndAsync();
            var segmentErr = await segmenter.StandardError.ReadToEndAsync();
            await segmenter.WaitForExitAsync();
            Assert.True(segmenter.ExitCode == 0, tokens + segmentErr);
            Assert.Equal("我 来到 北京 清华大学", tokens.Trim());
            Assert.DoesNotContain("warning", segmentErr);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
