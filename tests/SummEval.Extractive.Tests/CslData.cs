using System.Text.Json;
using SummEval.Documents;
using SummEval.Testing;

namespace SummEval.Extractive.Tests;

/// <summary>Reads CSL test documents (content = source, title = reference) from ../shared.</summary>
internal static class CslData
{
    public static IReadOnlyList<Document> Test() => Read("csl", "test.jsonl");

    public static IReadOnlyList<Document> Read(string folder, string file) =>
        File.ReadLines(SharedData.PathOf("data", folder, file))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return new Document(root.GetProperty("id").GetString()!, root.GetProperty("content").GetString()!, [root.GetProperty("title").GetString()!]);
            })
            .ToList();
}
