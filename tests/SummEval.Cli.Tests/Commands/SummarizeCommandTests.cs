using System.Text.Json;
using Xunit;

namespace SummEval.Cli.Tests.Commands;

public sealed class SummarizeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-summarize-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A usage error: exit code 2, nothing on stdout, and stderr says each of `mentions`.
    private static void AssertRefused(CliResult result, params string[] mentions)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.All(mentions, mention => Assert.Contains(mention, result.Stderr, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stdin_lines_get_one_summary_each_in_order_within_the_budget()
    {
        var result = await CliRunner.RunAsync(
            ["summarize", "-s", "lead-chars", "--max-chars", "5"],
            stdin: "基于深度学习的中文文本摘要。第二句。\n图神经网络在推荐系统中的应用研究\n");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["基于深度学", "图神经网络"], result.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Json_output_carries_id_summary_and_chars_from_a_jsonl_input()
    {
        var input = Path.Combine(_dir, "in.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"content\":\"量子计算。经典计算。\"}\n{\"id\":\"b\",\"content\":\"区块链技术综述\"}\n");
        var result = await CliRunner.RunAsync(["summarize", "-s", "lead-1", "--input", input, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("量子计算。", lines[0].GetProperty("summary").GetString());
        Assert.Equal(5, lines[0].GetProperty("chars").GetInt32());
        Assert.Equal("b", lines[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_field_option_without_an_input_file_is_refused_not_ignored()
    {
        // Before: the field was dropped and each raw JSON line summarized ({"id": "cs).
        var result = await CliRunner.RunAsync(
            ["summarize", "-s", "lead-1", "--field", "content", "--max-chars", "10"],
            stdin: "{\"id\":\"a\",\"content\":\"量子计算。经典计算。\"}\n");
        AssertRefused(result, "give it with --input");
    }

    [Theory]
    [InlineData("headline", true)] // before: references were loaded and dropped, so the oracles failed on every document
    [InlineData("title", false)] // before: without --reference-field the default title was not read ("has no reference")
    public async Task An_oracle_reads_its_reference_field_named_or_default(string field, bool named)
    {
        var input = Path.Combine(_dir, "in.jsonl");
        File.WriteAllText(input, $"{{\"id\":\"a\",\"content\":\"本文研究量子计算。经典计算很慢。\",\"{field}\":\"量子计算\"}}\n");
        string[] arguments = ["summarize", "-s", "oracle-lcs", "--input", input, "--max-chars", "20", .. named ? new[] { "--reference-field", field } : []];
        var result = await CliRunner.RunAsync(arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("量子计算", result.Stdout.TrimEnd('\n'));
    }

    [Fact]
    public async Task An_oracle_without_a_reference_field_is_told_how_to_name_one()
    {
        var input = Path.Combine(_dir, "untitled.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"content\":\"本文研究量子计算。经典计算很慢。\",\"headline\":\"量子计算\"}\n");
        var result = await CliRunner.RunAsync(["summarize", "-s", "oracle-sentence", "--input", input, "--max-chars", "20"]);
        AssertRefused(result, "untitled.jsonl", "--reference-field");
    }

    [Fact]
    public async Task An_oracle_on_standard_input_is_refused_before_reading_it()
    {
        var result = await CliRunner.RunAsync(["summarize", "-s", "oracle-lcs", "--max-chars", "20"], stdin: "本文研究量子计算。\n");
        AssertRefused(result, "give a dataset with --input");
    }

    [Fact]
    public async Task Other_summarizers_ignore_a_reference_field_missing_from_later_lines()
    {
        // Only oracles read references, so a title on the first line alone must not fail the second.
        var input = Path.Combine(_dir, "ragged.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"content\":\"量子计算。经典计算。\",\"title\":\"量子\"}\n{\"id\":\"b\",\"content\":\"经典计算。量子计算。\"}\n");
        var result = await CliRunner.RunAsync(["summarize", "-s", "lead-1", "--input", input, "--max-chars", "20"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["量子计算。", "经典计算。"], result.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_text_file_is_one_document_however_its_lines_are_wrapped()
    {
        // An abstract copied from a PDF: on standard input each line would be a document of its own.
        var input = Path.Combine(_dir, "abstract.txt");
        File.WriteAllText(input, "本文提出了一种基于深度学习的遥感图像分割方法，该方法结合了注意\n力机制与多尺度特征融合。实验表明，该方法在两个公开数据集上\n均优于现有方法。\n");
        var result = await CliRunner.RunAsync(["summarize", "-s", "textrank", "--max-chars", "20", "--input", input, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var line = JsonDocument.Parse(Assert.Single(result.Stdout.TrimEnd('\n').Split('\n'))).RootElement;
        Assert.Equal("abstract", line.GetProperty("id").GetString());
        Assert.Equal("基于深度学习的遥感图像分割方法", line.GetProperty("summary").GetString());

        var run = await CliRunner.RunAsync(["run", "-d", input, "--out", Path.Combine(_dir, "out")]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("abstract.txt: is plain text", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_document_is_reported_and_the_others_still_come_out()
    {
        var predictions = Path.Combine(_dir, "p.jsonl");
        File.WriteAllText(predictions, "{\"id\":\"a\",\"summary\":\"甲\"}\n{\"id\":\"c\",\"summary\":\"丙\"}\n");
        var input = Path.Combine(_dir, "in.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"content\":\"x\"}\n{\"id\":\"b\",\"content\":\"y\"}\n{\"id\":\"c\",\"content\":\"z\"}\n");
        var result = await CliRunner.RunAsync(["summarize", "-s", $"file:path={predictions}", "--input", input]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["甲", "", "丙"], result.Stdout.TrimEnd('\n').Split('\n'));
        Assert.Contains("document 'b'", result.Stderr);
        Assert.Contains("1 of 3 documents failed", result.Stderr);
    }

    [Fact]
    public async Task An_unknown_summarizer_is_a_user_error_listing_the_valid_ones()
    {
        var result = await CliRunner.RunAsync(["summarize", "-s", "no-such"], stdin: "x\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown summarizer 'no-such'", result.Stderr);
        Assert.Contains("textrank", result.Stderr);
    }

    [Fact]
    public async Task A_malformed_predictions_file_fails_naming_its_line_and_field()
    {
        var predictions = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllText(predictions, "{\"id\":\"a\",\"summary\":\"甲\"}\n{\"id\":\"b\"}\n");
        var result = await CliRunner.RunAsync(["summarize", "-s", $"file:path={predictions}"], stdin: "x\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.jsonl", result.Stderr);
        Assert.Contains("2", result.Stderr);
        Assert.Contains("summary", result.Stderr);
    }
}
