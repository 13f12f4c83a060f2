using System.Text.Json;
using SummEval.Documents;
using SummEval.Testing;

namespace SummEval.Extractive.Tests;

/// <summary>Reads CSL documents (content = source, title = reference) from ../shared, and the built-in sample.</summary>
internal static class CslData
{
    public static IReadOnlyList<Document> Test() => Read("csl", "test.jsonl");

    public static IReadOnlyList<Document> Read(string folder, string file) => ReadFile(SharedData.PathOf("data", folder, file));

    /// <summary>The built-in sample (eval-data/sample), in the repository: no ../shared needed.</summary>
    public static IReadOnlyList<Document> Sample() => ReadFile(Path.Combine(SharedData.RepositoryRoot, "eval-data", "sample", "sample.jsonl"));

    private static List<Document> ReadFile(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return new Document(root.GetProperty("id").GetString()!, root.GetProperty("content").GetString()!, [root.GetProperty("title").GetString()!]);
            })
            .ToList();
}
