using System.Text.Json;
using SummEval.Compressive.Training;
using SummEval.Testing;

namespace SummEval.Compressive.Tests;

/// <summary>Reads CSL pairs (content = source, title = reference) from ../shared/data/csl.</summary>
internal static class CslPairs
{
    public static IReadOnlyList<TrainingPair> Read(string split) =>
        File.ReadLines(SharedData.PathOf("data", "csl", split + ".jsonl"))
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return new TrainingPair(root.GetProperty("content").GetString()!, root.GetProperty("title").GetString()!);
            })
            .ToList();
}
