using System.Text.Json;
using Xunit;

namespace SummEval.Cli.Tests.Commands;

/// <summary><c>summeval score --json</c>: the extractiveness, novelty and repetition fields, their exact names and values.</summary>
public sealed class ScoreNoveltyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-score-novelty-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Json_gives_extractiveness_novel_ngrams_and_repetition_against_the_source()
    {
        var dataset = Write("d.jsonl", [
            JsonSerializer.Serialize(new { id = "copy", content = "本文提出一种基于图神经网络的摘要模型。", title = "图神经网络摘要模型" }),
            JsonSerializer.Serialize(new { id = "new", content = "本文提出一种基于图神经网络的摘要模型。", title = "图神经网络摘要模型" }),
        ]);
        var predictions = Write("p.jsonl", [
            JsonSerializer.Serialize(new { id = "copy", summary = "基于图神经网络的摘要模型" }), // 12 copied characters
            JsonSerializer.Serialize(new { id = "new", summary = "全新的方法" }),                // 的 is the only copied character
        ]);
        var result = await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--json", "--per-doc");
        Assert.True(result.ExitCode == 0, result.ToString());
        var root = JsonDocument.Parse(result.Stdout).RootElement;

        Assert.True(root.TryGetProperty("rougeL", out _));
        var extractiveness = root.GetProperty("extractiveness");
        Assert.Equal((1 + 0.2) / 2, extractiveness.GetProperty("coverage").GetProperty("mean").GetDouble(), 12);
        Assert.Equal((12 + 0.2) / 2, extractiveness.GetProperty("density").GetProperty("mean").GetDouble(), 12);
        Assert.Equal(((19.0 / 12) + (19.0 / 5)) / 2, extractiveness.GetProperty("compression").GetProperty("mean").GetDouble(), 12);
        Assert.Equal(2, extractiveness.GetProperty("coverage").GetProperty("ci").GetArrayLength());
        var novel = root.GetProperty("novelNgrams");
        Assert.Equal((0 + 0.8) / 2, novel.GetProperty("1").GetProperty("mean").GetDouble(), 12);
        Assert.Equal((0 + 1.0) / 2, novel.GetProperty("2").GetProperty("mean").GetDouble(), 12);
        Assert.Equal((0 + 1.0) / 2, novel.GetProperty("3").GetProperty("mean").GetDouble(), 12);
        Assert.Equal(0, root.GetProperty("repetition").GetProperty("mean").GetDouble());

        var perDoc = root.GetProperty("perDoc");
        Assert.Equal(1, perDoc[0].GetProperty("extractiveness").GetProperty("coverage").GetDouble());
        Assert.Equal(12, perDoc[0].GetProperty("extractiveness").GetProperty("density").GetDouble());
        Assert.Equal(0.8, perDoc[1].GetProperty("novelNgrams").GetProperty("1").GetDouble(), 12);

        var table = await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset);
        Assert.Contains("coverage", table.Stdout);
        Assert.Contains("novel 2-grams", table.Stdout);
    }

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
