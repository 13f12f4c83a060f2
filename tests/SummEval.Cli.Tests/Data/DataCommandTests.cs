using System.Text.Json;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Data;

/// <summary><c>summeval data pull</c> and <c>data list</c> as a user runs them.</summary>
public sealed class DataCommandTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "summeval-cli-data-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    [SharedFact]
    public async Task PullFromALoopbackMirrorWritesTheCanonicalFilesAndListShowsThem()
    {
        using var server = new LoopbackHttpServer(SharedData.PathOf("data", "csl", "upstream"));
        var result = await CliRunner.RunAsync("data", "pull", "csl", "--mirror", server.BaseUrl.ToString(), "--data-dir", _dataDir);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("csl:train\t1000 documents", result.Stdout);
        Assert.Contains("csl:test\t1000 documents", result.Stdout);
        Assert.Contains("val.tsv: download 798,635 / 798,635 bytes", result.Stderr);
        Assert.Contains("val.tsv: verify", result.Stderr);
        foreach (var split in new[] { "train", "test" })
        {
            Assert.Equal(
                File.ReadAllBytes(SharedData.PathOf("data", "csl", split + ".jsonl")),
                File.ReadAllBytes(Path.Combine(_dataDir, "datasets", "csl", split + ".jsonl")));
        }

        var list = await CliRunner.RunAsync("data", "list", "--json", "--data-dir", _dataDir);
        Assert.True(list.ExitCode == 0, list.ToString());
        var rows = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        Assert.Equal(["sample", "csl:train", "csl:test", "csl-md:dev"], rows.Keys);
        Assert.False(rows["csl-md:dev"].GetProperty("available").GetBoolean());
        Assert.True(rows["csl:test"].GetProperty("available").GetBoolean());
        Assert.Equal(Path.Combine(_dataDir, "datasets", "csl", "test.jsonl"), rows["csl:test"].GetProperty("location").GetString());
    }

    [SharedFact]
    public async Task PullWithFromCopiesAMirrorFolderAndHonoursSummevalData()
    {
        var result = await CliRunner.RunAsync(
            ["data", "pull", "csl", "--from", SharedData.PathOf("data", "csl", "upstream")],
            environment: new Dictionary<string, string?> { ["SUMMEVAL_DATA"] = _dataDir });
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("val.tsv: copy", result.Stderr);
        Assert.Equal(
            File.ReadAllBytes(SharedData.PathOf("data", "csl", "test.jsonl")),
            File.ReadAllBytes(Path.Combine(_dataDir, "datasets", "csl", "test.jsonl")));
    }

    [SharedFact]
    public async Task PullCslMdFromTheSharedFolderGivesTheSharedDevFileAndListShowsIt()
    {
        var result = await CliRunner.RunAsync("data", "pull", "csl-md", "--from", SharedData.PathOf("data", "csl-md"), "--data-dir", _dataDir);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("csl-md:dev\t1000 documents", result.Stdout);
        Assert.Equal(
            File.ReadAllBytes(SharedData.PathOf("data", "csl-md", "dev.jsonl")),
            File.ReadAllBytes(Path.Combine(_dataDir, "datasets", "csl-md", "dev.jsonl")));
        var list = await CliRunner.RunAsync("data", "list", "--json", "--data-dir", _dataDir);
        Assert.True(list.ExitCode == 0, list.ToString());
        var row = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "csl-md:dev");
        Assert.True(row.GetProperty("available").GetBoolean());
    }

    [SharedFact]
    public async Task A404IsAUserErrorWithoutAStackTrace()
    {
        using var server = new LoopbackHttpServer(Path.GetTempPath());
        var result = await CliRunner.RunAsync("data", "pull", "csl", "--mirror", server.BaseUrl + "nowhere/", "--data-dir", _dataDir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("HTTP 404", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dataDir, "datasets", "csl", "train.jsonl")));
    }

    [Fact]
    public async Task ListBeforePullingSaysHowToPull()
    {
        var result = await CliRunner.RunAsync("data", "list", "--data-dir", _dataDir);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sample", result.Stdout);
        Assert.Contains("built-in", result.Stdout);
        Assert.Contains("not pulled", result.Stdout);
    }

    [Fact]
    public async Task UnknownDatasetIsAUserError()
    {
        var result = await CliRunner.RunAsync("data", "pull", "nosuch", "--data-dir", _dataDir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown dataset (pullable: csl, csl-md)", result.Stderr);
    }

    [Fact]
    public async Task FromAndMirrorTogetherAreRejected()
    {
        var result = await CliRunner.RunAsync("data", "pull", "csl", "--from", _dataDir, "--mirror", "http://127.0.0.1:9/", "--data-dir", _dataDir);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("either --from DIR or --mirror URL", result.Stderr);
    }
}
