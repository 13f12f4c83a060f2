using Xunit;

namespace SummEval.Cli.Tests.Runs;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Board(string name, params (string Summarizer, double RougeL)[] entries)
    {
        var items = entries.Select(e =>
            $$"""{"summarizer":"{{e.Summarizer}}","oracle":false,"rouge1":{"p":0.4,"r":0.4,"f":0.4,"ci":[0.3,0.5]},"rouge2":{"p":0.3,"r":0.3,"f":0.3,"ci":[0.2,0.4]},"rougeL":{"p":{{e.RougeL}},"r":{{e.RougeL}},"f":{{e.RougeL}},"ci":[0.2,0.4]},"length":{"maxChars":20,"adherence":1,"meanChars":19,"medianChars":20,"p95Chars":20,"meanOvershoot":0,"empty":0},"count":100,"latencyMs":{"p50":1,"p95":2},"docsPerSecond":1000,"failures":0}""");
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, $$"""{"dataset":"csl:test","count":100,"maxChars":20,"entries":[{{string.Join(",", items)}}]}""");
        return path;
    }

    [Fact]
    public async Task Passes_when_nothing_dropped_beyond_the_tolerance()
    {
        var baseline = Board("b.json", ("textrank", 0.34), ("lead-1", 0.29));
        var current = Board("c.json", ("textrank", 0.336), ("lead-1", 0.30), ("new-one", 0.1));
        var result = await CliRunner.RunAsync(["check", "--baseline", baseline, "--current", current]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("check passed", result.Stdout);
        Assert.Contains("-0.0040", result.Stdout);
    }

    [Fact]
    public async Task Fails_with_a_table_of_deltas_when_a_score_drops_or_a_summarizer_disappears()
    {
        var baseline = Board("b.json", ("textrank", 0.34), ("lead-1", 0.29));
        var current = Board("c.json", ("textrank", 0.33));
        var result = await CliRunner.RunAsync(["check", "--baseline", baseline, "--current", current]);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"textrank\s+rougeL\s+0\.3400\s+0\.3300\s+-0\.0100\s+REGRESSED", result.Stdout);
        Assert.Contains("REGRESSION: 'lead-1' disappeared", result.Stdout);
        Assert.Contains("check failed: 2 problems (", result.Stdout);

        var lenient = await CliRunner.RunAsync(["check", "--baseline", baseline, "--current", Board("d.json", ("textrank", 0.33), ("lead-1", 0.29)), "--tolerance", "0.02"]);
        Assert.True(lenient.ExitCode == 0, lenient.ToString());
    }

    [Fact]
    public async Task Unreadable_input_exits_2_naming_the_file()
    {
        var baseline = Board("b.json", ("textrank", 0.34));
        var missing = Path.Combine(_dir, "nope.json");
        var result = await CliRunner.RunAsync(["check", "--baseline", baseline, "--current", missing]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.json", result.Stderr);

        var broken = Path.Combine(_dir, "broken.json");
        File.WriteAllText(broken, "{\"dataset\":\"csl:test\",\"count\":1,");
        var bad = await CliRunner.RunAsync(["check", "--baseline", broken, "--current", baseline]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("broken.json", bad.Stderr);
        Assert.Contains("not valid JSON", bad.Stderr);
    }
}
