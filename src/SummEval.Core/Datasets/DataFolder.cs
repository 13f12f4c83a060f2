namespace SummEval.Datasets;

/// <summary>
/// Where pulled datasets are cached: <c>--data-dir</c>, else <c>$SUMMEVAL_DATA</c>, else <c>$XDG_DATA_HOME/summeval</c>,
/// else <c>~/.local/share/summeval</c> (<c>%LOCALAPPDATA%\summeval</c> on Windows).
/// It lives in Core because the data folder is shared by the harness (datasets, runs) and by summarizers (a trained
/// compressive model), and a summarizer must not depend on the harness (SQLite, reports).
/// </summary>
public static class DataFolder
{
    /// <summary>The environment variable that overrides the data folder.</summary>
    public const string EnvironmentVariable = "SUMMEVAL_DATA";

    /// <summary>The data folder to use, given an explicit choice (may be null). Not created here.</summary>
    public static string Resolve(string? explicitDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return Path.GetFullPath(explicitDirectory);
        }

        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "summeval");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "summeval");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".local", "share", "summeval");
    }

    /// <summary>Folder of one pulled dataset: <c>&lt;data&gt;/datasets/&lt;name&gt;</c>.</summary>
    public static string DatasetDirectory(string dataDirectory, string name) => Path.Combine(dataDirectory, "datasets", name);
}
