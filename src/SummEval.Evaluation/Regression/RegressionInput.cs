using SummEval.Leaderboards;
using SummEval.Runs;

namespace SummEval.Regression;

/// <summary>
/// One side of a comparison, as given on the command line: a run folder (<c>run.db</c> + <c>predictions/</c>) or a
/// baseline file (per-document data), or a plain <c>leaderboard.json</c> (corpus figures only).
/// </summary>
/// <param name="Path">What was given.</param>
/// <param name="PerDocument">The per-document results, or null for a plain leaderboard.</param>
/// <param name="Corpus">The leaderboard's corpus figures, or null when there is no leaderboard.json (a baseline file).</param>
public sealed record RegressionInput(string Path, RunRecord? PerDocument, LeaderboardSnapshot? Corpus)
{
    /// <summary>
    /// Opens <paramref name="path"/>: a folder holding <c>run.db</c>; a gzip baseline file; a <c>leaderboard.json</c>,
    /// which brings the per-document data of the <c>run.db</c> beside it when there is one and
    /// <paramref name="perDocumentBeside"/> is set.
    /// </summary>
    public static RegressionInput Open(string path, bool perDocumentBeside = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            var board = System.IO.Path.Combine(path, "leaderboard.json");
            return new RegressionInput(path, ReadStore(path), File.Exists(board) ? LeaderboardSnapshot.Read(board) : null);
        }

        if (!File.Exists(path))
        {
            throw new RegressionInputException($"{path}: no such file or folder (give a run folder, a baseline file from `summeval baseline`, or a leaderboard.json).");
        }

        if (BaselineFile.LooksLikeBaseline(path))
        {
            return new RegressionInput(path, BaselineFile.Read(path), null);
        }

        var snapshot = LeaderboardSnapshot.Read(path);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var store = perDocumentBeside && File.Exists(System.IO.Path.Combine(folder, RunStore.FileName)) ? ReadStore(folder) : null;
        return new RegressionInput(path, store, snapshot);
    }

    private static RunRecord ReadStore(string folder)
    {
        using var store = RunStore.OpenExisting(folder);
        return RunRecord.FromStore(store);
    }
}
