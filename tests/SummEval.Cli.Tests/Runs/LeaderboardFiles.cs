using System.Text.Json.Nodes;

namespace SummEval.Cli.Tests.Runs;

/// <summary>Reads run outputs for assertions.</summary>
public static class LeaderboardFiles
{
    public static JsonObject Read(string folder) => JsonNode.Parse(File.ReadAllBytes(Path.Combine(folder, "leaderboard.json")))!.AsObject();

    /// <summary>leaderboard.json without the wall-clock fields (latencyMs, docsPerSecond); everything else must be reproducible.</summary>
    public static string WithoutTimings(string folder)
    {
        var root = Read(folder);
        foreach (var entry in root["entries"]!.AsArray())
        {
            entry!.AsObject().Remove("latencyMs");
            entry.AsObject().Remove("docsPerSecond");
        }

        return root.ToJsonString();
    }

    public static IReadOnlyList<string> Summarizers(string folder) =>
        Read(folder)["entries"]!.AsArray().Select(e => (string)e!["summarizer"]!).ToList();
}
