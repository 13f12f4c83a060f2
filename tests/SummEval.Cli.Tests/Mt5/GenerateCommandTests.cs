using System.Text.Json;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Mt5;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-generate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Model => SharedData.PathOf("conformance", "mt5-tiny");

    [SharedFact]
    public async Task Prints_id_ids_and_text_per_input_as_hugging_face_generates_them()
    {
        var cases = File.ReadLines(Path.Combine(Model, "references.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("setting").GetString() == "beam4-lp0.6-es0-max20")
            .Take(3)
            .ToList();
        var input = Path.Combine(_dir, "in.jsonl");
        File.WriteAllLines(input, cases.Select(c => JsonSerializer.Serialize(new { id = c.GetProperty("source_id").GetString(), text = c.GetProperty("text").GetString() })));
        var result = await CliRunner.RunAsync(
        [
            "generate", "--model", Model, "--input", input, "--num-beams", "4", "--max-length", "20", "--length-penalty", "0.6",
            "--early-stopping", "false", "--beam-rule", "legacy", "--max-input-tokens", "128", "--batch-size", "2",
        ]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(cases.Count, lines.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            Assert.Equal(cases[i].GetProperty("source_id").GetString(), lines[i].GetProperty("id").GetString());
            Assert.Equal(
                cases[i].GetProperty("output_ids").EnumerateArray().Select(e => e.GetInt64()),
                lines[i].GetProperty("ids").EnumerateArray().Select(e => e.GetInt64()));
            Assert.Equal(cases[i].GetProperty("decoded").GetString(), lines[i].GetProperty("text").GetString());
        }
    }

    [SharedFact]
    public async Task The_budget_holds_and_defaults_come_from_the_model_folder()
    {
        var input = Path.Combine(_dir, "in.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"基于深度学习的中文文本摘要方法研究\"}\n");
        var result = await CliRunner.RunAsync(["generate", "--model", Model, "--input", input, "--max-chars", "6"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var line = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.True(line.GetProperty("text").GetString()!.EnumerateRunes().Count() <= 6, result.Stdout);
        Assert.Equal(0, line.GetProperty("ids")[0].GetInt64());
    }

    [Fact]
    public async Task A_missing_model_folder_is_a_user_error()
    {
        var input = Path.Combine(_dir, "in.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"x\"}\n");
        var result = await CliRunner.RunAsync(["generate", "--model", Path.Combine(_dir, "nope"), "--input", input]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr);
        var bad = await CliRunner.RunAsync(["generate", "--model", _dir, "--input", input, "--early-stopping", "maybe"]);
        Assert.Equal(2, bad.ExitCode);
    }
}
