using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Plugins;

public class PluginTests
{
    /// <summary>The sample plugin as built alongside the tests (same configuration).</summary>
    public static string SamplePluginPath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0
            var path = Path.Combine(SharedData.RepositoryRoot, "samples", "SummEval.Samples.Plugin", "bin", configuration, "net10.0", "SummEval.Samples.Plugin.dll");
            Assert.True(File.Exists(path), $"sample plugin not built at {path}");
            return path;
        }
    }

    [Fact]
    public async Task List_shows_a_plugin_given_with_the_option_and_where_it_came_from()
    {
        var result = await CliRunner.RunAsync("list", "--json", "--plugin", SamplePluginPath);
        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!.AsArray();
        var plugin = Assert.Single(entries, e => (string?)e!["name"] == "first-clause")!;
        Assert.Equal(SamplePluginPath, (string?)plugin["origin"]);
        Assert.Equal("separators", (string?)plugin["parameters"]![0]!["name"]);
        Assert.Contains(entries, e => (string?)e!["name"] == "exec" && (string?)e["origin"] == "built-in");
    }

    [Fact]
    public async Task Plugins_folder_from_the_environment_is_searched()
    {
        var folder = Directory.CreateTempSubdirectory("summeval-plugins-").FullName;
        try
        {
            var pluginDir = Path.Combine(folder, "SummEval.Samples.Plugin");
            Directory.CreateDirectory(pluginDir);
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(SamplePluginPath)!))
            {
                File.Copy(file, Path.Combine(pluginDir, Path.GetFileName(file)));
            }

            var result = await CliRunner.RunAsync(["list"], environment: new Dictionary<string, string?> { ["SUMMEVAL_PLUGINS"] = folder });
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("first-clause", result.Stdout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_an_assembly_is_a_clear_error()
    {
        var bogus = Path.Combine(Directory.CreateTempSubdirectory("summeval-bogus-").FullName, "Bogus.dll");
        await File.WriteAllTextAsync(bogus, "not a dll");
        var result = await CliRunner.RunAsync("list", "--plugin", bogus);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a .NET assembly", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr); // no stack trace
    }

    [Fact]
    public async Task A_missing_plugin_is_a_clear_error()
    {
        var result = await CliRunner.RunAsync("list", "--plugin", "/nonexistent/Plugin.dll");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr);
    }
}
