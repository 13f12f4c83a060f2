using System.Text.Json;
using SummEval.Compressive.Training;
using SummEval.Testing;

namespace SummEval.Compressive.Tests;

/// <summary>Reads CSL pairs (content = source, title = reference) from ../shared/data/csl (and csl-md).</summary>
internal static class CslPairs
{
    public static IReadOnlyList<TrainingPair> Read(string split) => ReadFile(SharedData.PathOf("data", "csl", split + ".jsonl"));

    /// <summary>Reads any file of the same shape (e.g. ../shared/data/csl-md/dev.jsonl).</summary>
    public static IReadOnlyList<TrainingPair> ReadFile(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return new TrainingPair(root.GetProperty("content").GetString()!, root.GetProperty("title").GetString()!);
            })
            .ToList();
}
