using System.Text;
using SummEval.Leaderboards;

namespace SummEval.Runs;

/// <summary>Writes a run's files next to its store: <c>leaderboard.json</c>, <c>leaderboard.md</c> and <c>predictions/*.jsonl</c>.</summary>
public static class RunOutputs
{
    /// <summary>Writes the files into <paramref name="directory"/>; returns the predictions file of each summarizer.</summary>
    public static IReadOnlyDictionary<string, string> Write(string directory, Leaderboard leaderboard, RunStore store)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        ArgumentNullException.ThrowIfNull(store);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "leaderboard.json"), LeaderboardJson.Serialize(leaderboard));
        File.WriteAllText(Path.Combine(directory, "leaderboard.md"), LeaderboardMarkdown.Render(leaderboard), new UTF8Encoding(false));
        var predictions = Path.Combine(directory, "predictions");
        Directory.CreateDirectory(predictions);
        var specs = leaderboard.Entries.Select(e => e.Summarizer).ToList();
        var names = PredictionFileName.For(specs);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < specs.Count; i++)
        {
            var path = Path.Combine(predictions, names[i]);
            PredictionsWriter.Write(path, RunScoring.Predictions(store, specs[i]));
            files[specs[i]] = path;
        }

        return files;
    }
}
