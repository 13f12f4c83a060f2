using SummEval.Datasets;
using Xunit;

namespace SummEval.Evaluation.Tests.Datasets;

public sealed class DataFolderTests
{
    [Fact]
    public void ExplicitDirectoryWins() => Assert.Equal(Path.GetFullPath("/tmp/x-data"), DataFolder.Resolve("/tmp/x-data"));

    [DefaultDataFolderFact]
    public void DefaultIsUnderTheUsersDataHome()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var expected = string.IsNullOrEmpty(xdg) || !Path.IsPathRooted(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "summeval")
            : Path.Combine(xdg, "summeval");
        Assert.Equal(expected, DataFolder.Resolve());
    }

    [Fact]
    public void DatasetsLiveInADatasetsSubfolder() =>
        Assert.Equal(Path.Combine("/d", "datasets", "csl"), DataFolder.DatasetDirectory("/d", "csl"));
}

/// <summary>
/// A fact about the default data folder: skipped, with the reason shown, when SUMMEVAL_DATA overrides it or on Windows
/// (where the default is %LOCALAPPDATA%), so it never passes without checking anything.
/// </summary>
public sealed class DefaultDataFolderFactAttribute : FactAttribute
{
    public DefaultDataFolderFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(DataFolder.EnvironmentVariable) is { Length: > 0 } value)
        {
            Skip = $"{DataFolder.EnvironmentVariable}={value} overrides the default data folder; unset it to check the default.";
        }
        else if (OperatingSystem.IsWindows())
        {
            Skip = "The default data folder on Windows is %LOCALAPPDATA%\\summeval; this fact checks the XDG default.";
        }
    }
}
