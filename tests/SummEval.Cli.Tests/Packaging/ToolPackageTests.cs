using Xunit;

namespace SummEval.Cli.Tests.Packaging;

/// <summary><c>summeval</c> as a .NET tool: packed one package per platform, installed from a local feed with <c>dotnet tool install</c>, run.</summary>
[Collection("dotnet pack")]
public class ToolPackageTests(PackedFeed packages)
{
    [Fact]
    public async Task The_packed_tool_installs_and_runs()
    {
        // RID-specific tool packages: one per platform, the user's only downloaded; no mobile runtimes anywhere.
        foreach (var rid in new[] { "linux-x64", "linux-arm64", "win-x64", "osx-arm64" })
        {
            var package = packages.PackagePath($"SummEval.Cli.{rid}");
            Assert.True(File.Exists(package), $"no {rid} package in {string.Join(", ", Directory.GetFiles(packages.Feed).Select(Path.GetFileName))}");
            using var zip = System.IO.Compression.ZipFile.OpenRead(package);
            var mobile = zip.Entries.Where(e => e.FullName.Contains("/ios", StringComparison.OrdinalIgnoreCase) || e.FullName.Contains("android", StringComparison.OrdinalIgnoreCase)).Select(e => e.FullName).ToList();
            Assert.True(mobile.Count == 0, $"{rid} ships mobile files: {string.Join(", ", mobile.Take(5))}");
        }

        var linux = new FileInfo(packages.PackagePath("SummEval.Cli.linux-x64")).Length;
        Assert.True(linux <= 60L * 1024 * 1024, $"linux-x64 tool package is {linux / 1024 / 1024} MB, over 60 MB");

        var list = await packages.RunToolAsync(null, "list", "--json");
        Assert.True(list.ExitCode == 0, list.Stdout + list.Stderr);
        Assert.Contains("\"textrank\"", list.Stdout);

        // jieba's data travels inside the tool package (jieba-data/ from the jieba.NET NuGet package), so
        // segmenting needs nothing installed beside the tool.
        var tools = Path.GetDirectoryName(await packages.ToolAsync())!;
        var store = Directory.GetDirectories(Path.Combine(tools, ".store"), "jieba-data", SearchOption.AllDirectories);
        Assert.True(store.Length == 1, "jieba-data/ not found in the installed tool: " + string.Join(", ", store));
        Assert.True(File.Exists(Path.Combine(store[0], "dict.txt")), store[0]);
        var segment = await packages.RunToolAsync("我来到北京清华大学\n", "segment");
        Assert.True(segment.ExitCode == 0, segment.Stdout + segment.Stderr);
        Assert.Equal("我 来到 北京 清华大学", segment.Stdout.Trim());
        Assert.DoesNotContain("warning", segment.Stderr);
    }
}
