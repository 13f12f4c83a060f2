using System.Text.Json;
using SummEval.Compressive.Training;

namespace SummEval.Compressive.Tests;

/// <summary>Abstracts and titles written for these tests in fields other than computer science (Data/other-fields.jsonl).</summary>
internal static class OtherFields
{
    public static IReadOnlyList<(string Id, string Field, TrainingPair Pair)> Read() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "other-fields.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return (root.GetProperty("id").GetString()!, root.GetProperty("field").GetString()!,
                    new TrainingPair(root.GetProperty("content").GetString()!, root.GetProperty("title").GetString()!));
            })
            .ToList();
}
