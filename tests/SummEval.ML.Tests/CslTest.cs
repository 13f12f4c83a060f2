using System.Text.Json;
using SummEval.Testing;

namespace SummEval.ML.Tests;

/// <summary>CSL test documents (id, content = source, title = reference) from ../shared.</summary>
internal static class CslTest
{
    public static string Path => SharedData.PathOf("data", "csl", "test.jsonl");

    public static IReadOnlyList<(string Id, string Content, string Title)> Read() =>
        File.ReadLines(Path)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return (root.GetProperty("id").GetString()!, root.GetProperty("content").GetString()!, root.GetProperty("title").GetString()!);
            })
            .ToList();
}
