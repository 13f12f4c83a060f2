using System.CommandLine;
using SummEval.Datasets;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>--data-dir</c>, defined once for every command that reads a named dataset or the data folder's model, so the
/// option the loader's "not pulled yet" error names exists wherever that error can appear, with one description.
/// </summary>
internal static class DataDirectoryOption
{
    /// <summary>A new <c>--data-dir</c> option (System.CommandLine options belong to one command each).</summary>
    public static Option<string?> Create(string what = "named datasets") => new("--data-dir")
    {
        Description = $"Data folder for {what} (default: ${DataFolder.EnvironmentVariable}, else $XDG_DATA_HOME/summeval, else ~/.local/share/summeval).",
    };
}
