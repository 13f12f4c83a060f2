using SummEval.Datasets;
using Xunit;

namespace SummEval.Evaluation.Tests.Datasets;

public sealed class DataFolderTests
{
    [Fact]
    public void ExplicitDirectoryWins() => Assert.Equal(Path.GetFullPath("/tmp/x-data"), DataFolder.Resolve("/tmp/x-data"));

    [Fact]
    public void DefaultIsUnderTheUsersDataHome()
    {
        // Only checked when the environment does not override it, to stay independent of the caller's setup.
        if (Environment.GetEnvironmentVariable(DataFolder.EnvironmentVariable) is { Length: > 0 } || OperatingSystem.IsWindows())
        {
            return;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var expected = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "summeval")
            : Path.Combine(xdg, "summeval");
        Assert.Equal(expected, DataFolder.Resolve());
    }

    [Fact]
    public void DatasetsLiveInADatasetsSubfolder() =>
        Assert.Equal(Path.Combine("/d", "datasets", "csl"), DataFolder.DatasetDirectory("/d", "csl"));
}
