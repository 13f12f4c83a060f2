using System.Diagnostics;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Packaging;

/// <summary>
/// Every package of the repository (<c>SummEval.Packages.slnf</c>: the libraries and the per-platform tools), packed once
/// per test run into a local folder feed that the packaging tests share, plus a package cache of their own so nothing
/// they restore touches (or is served stale from) the user's global packages folder.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    private readonly Lazy<Task<string>> _tool;

    public PackedFeed()
    {
        Work = Directory.CreateTempSubdirectory("summeval-packages-").FullName;
        Feed = Path.Combine(Work, "feed");
        Packages = Path.Combine(Work, "packages");

        // A version no earlier run used: the user's global packages folder (a fallback folder below) can never hold it.
        Version = $"0.0.1-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        _tool = new(() => InstallToolAsync(Path.Combine(Work, "tools")));
    }

    /// <summary>A temporary folder outside the repository (no Directory.Build.props or Directory.Packages.props above it).</summary>
    public string Work { get; }

    /// <summary>The local feed holding every packed .nupkg.</summary>
    public string Feed { get; }

    /// <summary>The packages' version.</summary>
    public string Version { get; }

    /// <summary>The package cache (<c>NUGET_PACKAGES</c>) of everything restored from the feed.</summary>
    public string Packages { get; }

    /// <summary>
    /// The environment of a <c>dotnet</c> command restoring from the feed: its own package cache, the user's global
    /// packages folder as a read-only fallback (ML.NET and friends are not copied again), and sources from
    /// <c>NuGet.config</c> in <see cref="Work"/>: the local feed, then nuget.org (or its mirror) from the user's settings.
    /// </summary>
    public IReadOnlyDictionary<string, string?> RestoreEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = Packages,
        ["SUMMEVAL_JIEBA_DICT"] = null, // the packages must carry jieba's data themselves
    };

    public async Task InitializeAsync()
    {
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        await File.WriteAllTextAsync(Path.Combine(Work, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="summeval-local" value="{Feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="user" value="{userPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);

        // One pack of every project: one MSBuild graph, each library built once (Release, as `dotnet pack` defaults).
        await DotnetCli.RunAsync(SharedData.RepositoryRoot, "pack", "SummEval.Packages.slnf", "-c", "Release", "-o", Feed, $"-p:Version={Version}");
    }

    /// <summary>The packed <c>summeval</c> tool, installed from the feed with <c>dotnet tool install</c> (once).</summary>
    public Task<string> ToolAsync() => _tool.Value;

    /// <summary>The path of the package <paramref name="id"/> in the feed.</summary>
    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public Task DisposeAsync()
    {
        Directory.Delete(Work, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<string> InstallToolAsync(string tools)
    {
        await DotnetCli.RunAsync(Work, RestoreEnvironment, "tool", "install", "SummEval.Cli", "--tool-path", tools, "--add-source", Feed, "--version", Version);
        var summeval = Path.Combine(tools, OperatingSystem.IsWindows() ? "summeval.exe" : "summeval");
        Assert.True(File.Exists(summeval), $"dotnet tool install did not create {summeval}");
        return summeval;
    }

    /// <summary>Runs the installed tool in <see cref="Work"/>, with <paramref name="stdin"/> as its input.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> RunToolAsync(string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo(await ToolAsync())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Work,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment.Remove("SUMMEVAL_JIEBA_DICT");
        using var process = Process.Start(psi)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>The tests that pack, install and consume the packages: one shared feed, run one at a time.</summary>
[CollectionDefinition("dotnet pack")]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>;
