using SummEval.Cli.RunFiles;
using Xunit;

namespace SummEval.Cli.Tests.RunFiles;

public sealed class RunFileReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-runfile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Yaml_maps_every_setting_and_turns_summarizer_mappings_into_specs()
    {
        var path = Write("run.yaml", """
            # CSL at 20 characters
            dataset: csl:test
            maxChars: 20
            seed: 7
            limit: 100
            concurrency: 3
            out: out/csl-20
            includeOracles: false
            metrics:
              tokenize: word
              references: best
            summarizers:
              - lead-1
              - textrank:similarity=bm25
              - name: exec
                command: python3 my.py --k=1,2
                timeout: 30
            """);
        var file = RunFileReader.Read(path);
        Assert.Equal(["csl:test"], file.Datasets);
        Assert.Equal(20, file.MaxChars);
        Assert.Equal(7, file.Seed);
        Assert.Equal(100, file.Limit);
        Assert.Equal(3, file.Concurrency);
        Assert.Equal(Path.Combine(_dir, "out", "csl-20"), file.Out);
        Assert.False(file.IncludeOracles);
        Assert.Equal("word", file.Tokenize);
        Assert.Equal("best", file.References);
        Assert.Equal(3, file.Summarizers.Count);
        Assert.Equal("textrank:similarity=bm25", file.Summarizers[1]);
        var exec = SummEval.Summarizers.SummarizerSpec.Parse(file.Summarizers[2]);
        Assert.Equal("exec", exec.Name);
        Assert.Equal("python3 my.py --k=1,2", exec.Arguments.Single(a => a.Key == "command").Value);
    }

    [Fact]
    public void Json_reads_the_same_shape_and_resolves_dataset_paths_against_the_file()
    {
        var path = Write("run.json", """{ "datasets": ["data/mine.jsonl", "sample"], "summarizers": ["lead-chars"], "maxChars": 12 }""");
        var file = RunFileReader.Read(path);
        Assert.Equal([Path.Combine(_dir, "data", "mine.jsonl"), "sample"], file.Datasets);
        Assert.Equal(["lead-chars"], file.Summarizers);
        Assert.Equal(12, file.MaxChars);
    }

    [Theory]
    [InlineData("run.yaml", "dataset: sample\nmaxChar: 20\n", ":2", "maxChar", "Valid: dataset")]
    [InlineData("run.yaml", "dataset: sample\nmaxChars: twenty\n", ":2", "maxChars", "whole number")]
    [InlineData("run.yaml", "maxChars: 0\n", ":1", "maxChars", "positive")]
    [InlineData("run.yaml", "metrics:\n  tokenize: bytes\n", ":2", "metrics.tokenize", "char, word")]
    [InlineData("run.yaml", "summarizers:\n  - model: x\n", ":2", "summarizers", "'name'")]
    [InlineData("run.yaml", "summarizers: [\"textrank:similarity\"]\n", ":1", "summarizers", "textrank")]
    [InlineData("run.yaml", "dataset: [a\n", ":", null, "not valid YAML")]
    [InlineData("run.json", "{\"dataset\": \"sample\",\n \"seed\": }", ":2", null, "not valid JSON")]
    [InlineData("run.json", "{\"includeOracles\": \"maybe\"}", "", "includeOracles", "true or false")]
    public void Mistakes_name_the_file_line_and_field(string name, string text, string line, string? field, string problem)
    {
        var path = Write(name, text);
        var ex = Assert.Throws<RunFileException>(() => RunFileReader.Read(path));
        Assert.StartsWith(path + line, ex.Message);
        if (field is not null)
        {
            Assert.Contains($"field '{field}'", ex.Message);
        }

        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void A_missing_file_says_so()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => RunFileReader.Read(Path.Combine(_dir, "none.yaml")));
        Assert.Contains("none.yaml", ex.Message);
    }
}
