using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Packaging;

/// <summary>
/// SummEval used the way a .NET team would, from packages only: a console app outside this repository that references
/// SummEval.ML and SummEval.AI.Evaluation (and so all five library packages, restored from the local feed and
/// nuget.org) runs every example of docs/library.md and prints what the page shows under each: an ML.NET pipeline that
/// tokenizes Chinese, trains a classifier and evaluates summaries, the compressive estimator, both
/// Microsoft.Extensions.AI.Evaluation evaluators. The sample plugin, built against the SummEval.Core package, runs in the
/// packed tool.
/// </summary>
[Collection("dotnet pack")]
public class PackageConsumerTests(PackedFeed packages)
{
    private const string Marker = "### docs example ";

    /// <summary>What the consumer references; the rest of <see cref="PackageDependencyTests.Libraries"/> comes through them.</summary>
    private static readonly string[] TopLibraries = ["SummEval.ML", "SummEval.AI.Evaluation"];

    [Fact]
    public async Task The_docs_examples_and_a_plugin_built_from_the_packages_print_what_the_docs_show()
    {
        var docs = Path.Combine(SharedData.RepositoryRoot, "docs", "library.md");
        var examples = DocExample.Read(docs);
        Assert.True(examples.Count >= 4, $"{docs} has {examples.Count} examples");
        var root = Path.Combine(packages.Work, "consumer");
        await WriteConsumerAsync(Path.Combine(root, "Consumer"), examples);
        await WritePluginAsync(Path.Combine(root, "Plugin"));
        await File.WriteAllTextAsync(Path.Combine(root, "consumer.slnx"), """
            <Solution>
              <Project Path="Consumer/Consumer.csproj" />
              <Project Path="Plugin/Plugin.csproj" />
            </Solution>
            """);

        // One restore and one build for both projects.
        await DotnetCli.RunAsync(root, packages.RestoreEnvironment, "build", "consumer.slnx", "-c", "Release", "-nologo", "-v", "q");

        // The examples print what the page shows under each of them.
        var stdout = await DotnetCli.RunAsync(Path.Combine(root, "Consumer"), packages.RestoreEnvironment, Path.Combine("bin", "Release", "net10.0", "Consumer.dll"));
        var printed = Split(stdout);
        var wrong = examples.Where(e => printed.GetValueOrDefault(e.Number) != e.Output)
            .Select(e => $"docs/library.md line {e.Line}: the example prints\n{printed.GetValueOrDefault(e.Number) ?? "(nothing)"}\nbut the page shows\n{e.Output}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n\n", wrong));

        // The resolved package graph of a user of all five libraries: no SQLite, ONNX Runtime or OpenAI SDK.
        using var assets = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "Consumer", "obj", "project.assets.json")));
        var resolved = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name.Split('/')[0]).ToList();
        Assert.All(PackageDependencyTests.Libraries.Append("Microsoft.Extensions.AI.Evaluation"), id => Assert.Contains(id, resolved));
        var unwanted = resolved.Where(PackageDependencyTests.IsUnwanted).ToList();
        Assert.True(unwanted.Count == 0, "a consumer of the libraries resolves " + string.Join(", ", unwanted));

        // The plugin: built against the SummEval.Core package (the host supplies Core), loaded by the packed tool.
        var plugin = Path.Combine(root, "Plugin", "bin", "Release", "net10.0", "Plugin.dll");
        Assert.True(File.Exists(plugin), plugin);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(plugin)!, "SummEval.Core.dll")), "the host supplies SummEval.Core");
        var run = await packages.RunToolAsync("本文提出一种方法，实验表明有效。\n混凝土结构的抗震性能；振动台试验\n", "summarize", "-s", "first-clause", "--max-chars", "6", "--plugin", plugin);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal(["本文提出一种", "混凝土结构的"], run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    private async Task WriteConsumerAsync(string folder, IReadOnlyList<DocExample> examples)
    {
        Directory.CreateDirectory(folder);
        // The two top packages only: Core, Metrics and Jieba come through them, as they do for an ML.NET user, so what
        // reaches only a direct reference (NuGet contentFiles, once jieba's data) fails here.
        var references = string.Concat(TopLibraries.Select(id => $"    <PackageReference Include=\"{id}\" Version=\"{packages.Version}\" />\n"));
        await File.WriteAllTextAsync(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- Same figures whatever the machine's culture. -->
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
              <ItemGroup>
            {references}  </ItemGroup>
            </Project>
            """);
        var program = new StringBuilder();
        foreach (var example in examples)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"Example{example.Number}.cs"), example.ToSourceFile());
            program.AppendLine($"Console.WriteLine(\"{Marker}{example.Number}\");").AppendLine($"await {example.EntryPoint}();");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "Program.cs"), program.ToString());
    }

    private async Task WritePluginAsync(string folder)
    {
        // samples/SummEval.Samples.Plugin's code as a plugin author builds it: against the package, not the project.
        Directory.CreateDirectory(folder);
        foreach (var source in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "samples", "SummEval.Samples.Plugin"), "*.cs"))
        {
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        }

        // The project file docs/plugins.md shows, as the page writes it (before: the test wrote its own, with ImplicitUsings
        // the page lacked, so the page's file did not build the sample); only the package version is this build's.
        var page = await File.ReadAllTextAsync(Path.Combine(SharedData.RepositoryRoot, "docs", "plugins.md"));
        var block = Regex.Match(page, "```xml\n(?<project><Project Sdk=.*?</Project>)\n```", RegexOptions.Singleline);
        Assert.True(block.Success, "docs/plugins.md shows no plugin project file");
        var project = Regex.Replace(block.Groups["project"].Value, "(Include=\"SummEval.Core\" Version=\")[^\"]+", m => m.Groups[1].Value + packages.Version);
        Assert.Contains($"Version=\"{packages.Version}\"", project, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "Plugin.csproj"), project);
    }

    private static Dictionary<int, string> Split(string stdout)
    {
        var printed = new Dictionary<int, string>();
        int? current = null;
        var lines = new List<string>();
        foreach (var line in stdout.Split('\n').Select(l => l.TrimEnd('\r', ' ')).Append(Marker + "0"))
        {
            if (!line.StartsWith(Marker, StringComparison.Ordinal))
            {
                lines.Add(line);
                continue;
            }

            if (current is { } n)
            {
                printed[n] = string.Join('\n', lines).Trim('\n');
            }

            current = int.Parse(line[Marker.Length..], System.Globalization.CultureInfo.InvariantCulture);
            lines.Clear();
        }

        return printed;
    }
}
