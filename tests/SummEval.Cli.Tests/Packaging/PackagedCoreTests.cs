using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Packaging;

/// <summary>
/// The promise to plugin authors, checked the way they would use it: pack SummEval.Core, build a plugin outside
/// this repository that references only that package, and load it into summeval.
/// </summary>
[Collection("dotnet pack")]
public class PackagedCoreTests
{
    [Fact]
    public async Task A_plugin_built_against_the_packed_core_loads()
    {
        var work = Directory.CreateTempSubdirectory("summeval-pkg-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            await DotnetCli.RunAsync(SharedData.RepositoryRoot, "pack", "src/SummEval.Core", "-o", feed, "-p:Version=0.0.1-test");
            var nuspec = Path.Combine(feed, "SummEval.Core.0.0.1-test.nupkg");
            Assert.True(File.Exists(nuspec));
            using (var zip = System.IO.Compression.ZipFile.OpenRead(nuspec))
            {
                Assert.Equal(["lib/net10.0/SummEval.Core.dll"], zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)));
                using var reader = new StreamReader(zip.GetEntry("SummEval.Core.nuspec")!.Open());
                Assert.DoesNotContain("<dependency ", await reader.ReadToEndAsync()); // no transitive packages for plugins
            }

            var plugin = Path.Combine(work, "MyPlugin");
            Directory.CreateDirectory(plugin);
            await File.WriteAllTextAsync(Path.Combine(work, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            await File.WriteAllTextAsync(Path.Combine(plugin, "MyPlugin.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <EnableDynamicLoading>true</EnableDynamicLoading>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SummEval.Core" Version="0.0.1-test" ExcludeAssets="runtime" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(plugin, "Shout.cs"), """
                using SummEval.Documents;
                using SummEval.Summarizers;
                using SummEval.Text;

                public sealed class ShoutFactory : ISummarizerFactory
                {
                    public string Name => "shout";
                    public string Description => "Upper-cases the first characters.";
                    public IReadOnlyList<SummarizerParameter> Parameters { get; } = [];
                    public ISummarizer Create(SummarizerArguments arguments) => new Shout();
                }

                public sealed class Shout : ISummarizer
                {
                    public string Name => "shout";
                    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default) =>
                        Task.FromResult(new SummaryResult(TextLength.Truncate(document.Source.ToUpperInvariant(), options.MaxChars ?? 10)));
                }
                """);
            await DotnetCli.RunAsync(plugin, "build", "-c", "Release", "-o", Path.Combine(plugin, "out"));
            var dll = Path.Combine(plugin, "out", "MyPlugin.dll");
            Assert.False(File.Exists(Path.Combine(plugin, "out", "SummEval.Core.dll")), "the host supplies SummEval.Core");

            var result = await CliRunner.RunAsync("list", "--json", "--plugin", dll);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("\"shout\"", result.Stdout);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
