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
            CopySamplePluginInto(Path.Combine(folder, "SummEval.Samples.Plugin"));

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
    public async Task A_plugins_folder_in_the_working_directory_is_not_loaded_unless_named()
    {
        var workdir = Directory.CreateTempSubdirectory("summeval-cwd-").FullName;
        try
        {
            // A cloned repository's ./plugins: a real plugin and a file that would fail to load if anything tried.
            CopySamplePluginInto(Path.Combine(workdir, "plugins", "SummEval.Samples.Plugin"));
            await File.WriteAllTextAsync(Path.Combine(workdir, "plugins", "x.dll"), "not a dll");
            var empty = new Dictionary<string, string?> { ["SUMMEVAL_PLUGINS"] = null };

            var list = await CliRunner.RunAsync(["list", "--json"], workingDirectory: workdir, environment: empty);
            Assert.True(list.ExitCode == 0, list.ToString());
            var names = System.Text.Json.Nodes.JsonNode.Parse(list.Stdout)!.AsArray().Select(e => (string?)e!["name"]).ToList();
            Assert.DoesNotContain("first-clause", names);
            Assert.All(System.Text.Json.Nodes.JsonNode.Parse(list.Stdout)!.AsArray(), e => Assert.Equal("built-in", (string?)e!["origin"]));

            // Named explicitly, the same folder is searched (and its bad file reported).
            File.Delete(Path.Combine(workdir, "plugins", "x.dll"));
            var named = await CliRunner.RunAsync(["list", "--plugins-dir", "plugins"], workingDirectory: workdir, environment: empty);
            Assert.True(named.ExitCode == 0, named.ToString());
            Assert.Contains("first-clause", named.Stdout);
        }
        finally
        {
            Directory.Delete(workdir, recursive: true);
        }
    }

    [Fact]
    public async Task A_run_file_can_name_its_plugins()
    {
        var folder = Directory.CreateTempSubdirectory("summeval-runfile-plugin-").FullName;
        try
        {
            CopySamplePluginInto(Path.Combine(folder, "p"));
            var config = Path.Combine(folder, "run.yaml");
            await File.WriteAllTextAsync(config, "dataset: sample\nlimit: 3\nsummarizers: [first-clause]\nplugins: [p/SummEval.Samples.Plugin.dll]\n");
            var result = await CliRunner.RunAsync("run", "--config", config, "--out", Path.Combine(folder, "out"));
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("first-clause", await File.ReadAllTextAsync(Path.Combine(folder, "out", "leaderboard.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopySamplePluginInto(string pluginDir)
    {
        Directory.CreateDirectory(pluginDir);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(SamplePluginPath)!))
        {
            File.Copy(file, Path.Combine(pluginDir, Path.GetFileName(file)));
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
