namespace SummEval.Leaderboards;

/// <summary>A leaderboard file that cannot be read: missing, not JSON, or lacking a field; the message names file and field.</summary>
public sealed class LeaderboardFileException(string path, string problem) : Exception($"{path}: {problem}")
{
    /// <summary>The file at fault.</summary>
    public string Path { get; } = path;
}
