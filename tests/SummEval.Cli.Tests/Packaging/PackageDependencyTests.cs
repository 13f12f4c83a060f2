using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace SummEval.Cli.Tests.Packaging;

/// <summary>
/// What the library packages declare (their .nuspec files): a plugin author or a metrics user never pulls ONNX Runtime,
/// SQLite or the OpenAI SDK by accident.
/// </summary>
[Collection("dotnet pack")]
public class PackageDependencyTests(PackedFeed packages)
{
    /// <summary>The library packages a .NET user references (the issue's names).</summary>
    public static readonly string[] Libraries = ["SummEval.Core", "SummEval.Metrics", "SummEval.Jieba", "SummEval.ML", "SummEval.AI.Evaluation"];

    /// <summary>Packages none of <see cref="Libraries"/> may bring, directly or through another package (prefixes).</summary>
    public static readonly string[] Unwanted =
    [
        "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Microsoft.ML.OnnxRuntime", "OpenAI", "Microsoft.Extensions.AI.OpenAI",
        "SummEval.Evaluation", "SummEval.Mt5", "SummEval.OpenAI", "SummEval.Cli",
    ];

    public static bool IsUnwanted(string id) =>
        Unwanted.Any(u => id.Equals(u, StringComparison.OrdinalIgnoreCase) || id.StartsWith(u + ".", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Core_is_one_assembly_with_no_dependencies()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("SummEval.Core"));
        Assert.Equal(["lib/net10.0/SummEval.Core.dll"], zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)));
        Assert.Empty(Dependencies("SummEval.Core"));
    }

    [Fact]
    public void Metrics_and_Jieba_depend_on_Core_only()
    {
        Assert.Equal(["SummEval.Core"], Dependencies("SummEval.Metrics").Select(d => d.Id));
        Assert.Equal(["SummEval.Core"], Dependencies("SummEval.Jieba").Select(d => d.Id));
    }

    [Fact]
    public void No_library_pulls_sqlite_onnx_runtime_or_openai()
    {
        // Walk the SummEval packages each library depends on, through the feed's nuspecs, recording the path to each
        // package so a failure says which reference brought it. (The full closure, third-party packages' own
        // dependencies included, is checked on a real restore in PackageConsumerTests.)
        var via = Libraries.ToDictionary(l => l, l => l);
        var queue = new Queue<string>(Libraries);
        while (queue.TryDequeue(out var id))
        {
            foreach (var dependency in Dependencies(id))
            {
                if (via.TryAdd(dependency.Id, via[id] + " -> " + dependency.Id) && dependency.Id.StartsWith("SummEval.", StringComparison.Ordinal))
                {
                    queue.Enqueue(dependency.Id);
                }
            }
        }

        var unwanted = via.Where(p => IsUnwanted(p.Key)).Select(p => p.Value).ToList();
        Assert.True(unwanted.Count == 0, "unwanted dependencies: " + string.Join("; ", unwanted));
        Assert.Contains("Microsoft.ML", via.Keys); // the walk did reach the third-party packages
    }

    private IReadOnlyList<(string Id, string Version)> Dependencies(string id)
    {
        var path = packages.PackagePath(id);
        Assert.True(File.Exists(path), $"{id} was not packed: {string.Join(", ", Directory.GetFiles(packages.Feed, "*.nupkg").Select(Path.GetFileName))}");
        using var zip = ZipFile.OpenRead(path);
        using var nuspec = zip.GetEntry($"{id}.nuspec")!.Open();
        return [.. XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("version")!))];
    }
}
