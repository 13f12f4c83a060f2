using System.Text.Json;
using SummEval.Datasets;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Commands;

/// <summary>End-to-end: <c>summeval score</c> as a user runs it.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-score-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task References_as_predictions_score_one_with_the_json_contract_names()
    {
        var sample = DatasetLoader.LoadSample();
        var predictions = Write("p.jsonl", sample.Documents.Select(d => Line(d.Id, d.References[0])));
        var result = await CliRunner.RunAsync("score", "--predictions", predictions, "--dataset", "sample", "--max-chars", "20", "--json", "--per-doc");
        Assert.True(result.ExitCode == 0, result.ToString());
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(["rouge1", "rouge2", "rougeL", "length", "count", "extractiveness", "novelNgrams", "repetition", "perDoc"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["coverage", "density", "compression"], root.GetProperty("extractiveness").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["1", "2", "3"], root.GetProperty("novelNgrams").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["mean", "ci"], root.GetProperty("repetition").EnumerateObject().Select(p => p.Name));
        foreach (var metric in new[] { "rouge1", "rouge2", "rougeL" })
        {
            var m = root.GetProperty(metric);
            Assert.Equal(["p", "r", "f", "ci"], m.EnumerateObject().Select(p => p.Name));
            Assert.Equal(1.0, m.GetProperty("f").GetDouble());
            Assert.Equal([1.0, 1.0], m.GetProperty("ci").EnumerateArray().Select(v => v.GetDouble()));
        }

        var length = root.GetProperty("length");
        Assert.Equal(["maxChars", "adherence", "meanChars", "medianChars", "p95Chars", "meanOvershoot", "empty"], length.EnumerateObject().Select(p => p.Name));
        Assert.Equal(20, length.GetProperty("maxChars").GetInt32());
        var chars = sample.Documents.Select(d => SummEval.Text.TextLength.Chars(d.References[0])).ToList();
        Assert.Equal(chars.Count(c => c <= 20) / (double)chars.Count, length.GetProperty("adherence").GetDouble(), 12);
        Assert.Equal(sample.Documents.Count, root.GetProperty("count").GetInt32());
        var first = root.GetProperty("perDoc")[0];
        Assert.Equal(["id", "rouge1", "rouge2", "rougeL", "chars", "extractiveness", "novelNgrams", "repetition"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(sample.Documents[0].Id, first.GetProperty("id").GetString());
        Assert.Equal(["p", "r", "f"], first.GetProperty("rouge1").EnumerateObject().Select(p => p.Name));
        Assert.Equal(chars[0], first.GetProperty("chars").GetInt32());
    }

    [Fact]
    public async Task Score_and_summarize_take_the_data_folder_their_errors_name()
    {
        // Before: "not pulled yet … the data folder is --data-dir", and --data-dir was an unknown option to both.
        var predictions = Path.Combine(_dir, "p.jsonl");
        File.WriteAllText(predictions, "{\"id\":\"a\",\"summary\":\"甲\"}\n");
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "data")).FullName;
        var score = await CliRunner.RunAsync(["score", "-p", predictions, "-d", "csl-md:dev", "--data-dir", folder]);
        var summarize = await CliRunner.RunAsync(["summarize", "-s", "lead-1", "--input", "csl-md:dev", "--data-dir", folder]);
        foreach (var result in new[] { score, summarize })
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("not pulled yet", result.Stderr, StringComparison.Ordinal);
            Assert.Contains(folder, result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_folder_where_a_file_belongs_and_a_file_where_a_folder_belongs_are_named_as_such()
    {
        // Before: "Access to the path … is denied", "unexpected IOException: The file … already exists" (exit 3) and
        // "Input file … does not exist".
        var file = Path.Combine(_dir, "not-a-folder");
        File.WriteAllText(file, "x");
        var score = await CliRunner.RunAsync(["score", "-p", _dir, "-d", "sample"]);
        var run = await CliRunner.RunAsync(["run", "-s", "lead-1", "--limit", "2", "--out", file]);
        var segment = await CliRunner.RunAsync(["segment", "--input", _dir]);
        Assert.All(new[] { score, segment }, r => Assert.Contains("is a folder", r.Stderr, StringComparison.Ordinal));
        Assert.Contains("is a file; a run writes into a folder", run.Stderr, StringComparison.Ordinal);
        Assert.All(new[] { score, run, segment }, r => Assert.Equal(2, r.ExitCode));
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public async Task Missing_predictions_exit_one_listing_the_first_ids_and_the_count()
    {
        var sample = DatasetLoader.LoadSample();
        var predictions = Write("p.jsonl", sample.Documents.Take(2).Select(d => Line(d.Id, "摘要")));
        var result = await CliRunner.RunAsync("score", "--predictions", predictions, "--dataset", "sample");
        Assert.Equal(1, result.ExitCode);
        var missing = sample.Documents.Count - 2;
        Assert.Contains($"{missing} of {sample.Documents.Count} documents of sample have no prediction", result.Stderr);
        Assert.Contains(string.Join(", ", sample.Documents.Skip(2).Take(10).Select(d => d.Id)), result.Stderr);
        Assert.Contains($"and {missing - 10} more", result.Stderr);
        Assert.DoesNotContain(sample.Documents[12].Id, result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task Extra_predictions_are_reported_and_ignored()
    {
        var dataset = Write("d.jsonl", [Doc("a", "基于深度学习的文本摘要"), Doc("b", "图神经网络推荐")]);
        var predictions = Write("p.jsonl", [Line("a", "基于深度学习的文本摘要"), Line("b", "图神经网络推荐"), Line("zz", "多余")]);
        var result = await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 prediction in ", result.Stderr);
        Assert.Contains("has an id not in", result.Stderr);
        Assert.Contains("zz", result.Stderr);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(2, root.GetProperty("count").GetInt32());
        Assert.Equal(1.0, root.GetProperty("rouge1").GetProperty("f").GetDouble());
    }

    [Fact]
    public async Task The_table_shows_every_metric_and_the_length_figures()
    {
        var dataset = Write("d.jsonl", [Doc("a", "基于深度学习的文本摘要"), Doc("b", "图神经网络推荐")]);
        var predictions = Write("p.jsonl", [Line("a", "基于深度学习的摘要方法研究综述与展望"), Line("b", "")]);
        var result = await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--max-chars", "10");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ROUGE-1", result.Stdout);
        Assert.Contains("ROUGE-2", result.Stdout);
        Assert.Contains("ROUGE-L", result.Stdout);
        Assert.Contains("50.0", result.Stdout); // one of two within 10 characters
        Assert.Contains("overshoot", result.Stdout);
    }

    [Fact]
    public async Task Pooled_references_sum_counts_as_rouge155_does_which_differs_from_averaging_and_from_best()
    {
        // Candidate 甲乙丙丁 against 甲乙丙丁 (4 hits of 4) and 甲乙戊己庚辛 (2 hits of 6), by hand:
        // pooled (ROUGE-1.5.5 -f A): P = (4+2)/(4+4) = 0.75, R = (4+2)/(4+6) = 0.6, F = 2/3;
        // averaging the two F1s would give (1 + 0.4)/2 = 0.7; best takes 1.0.
        // ROUGE-2: pooled P = (3+1)/(3+3), R = (3+1)/(3+5), F = 4/7 (averaged: (1 + 0.25)/2 = 0.625).
        // ROUGE-L: LCS 4 and 2, the same counts as ROUGE-1: F = 2/3.
        var dataset = Write("d.jsonl", ["{\"id\":\"a\",\"content\":\"正文\",\"references\":[\"甲乙丙丁\",\"甲乙戊己庚辛\"]}"]);
        var predictions = Write("p.jsonl", [Line("a", "甲乙丙丁")]);
        var best = JsonDocument.Parse((await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--json", "--references", "best")).Stdout).RootElement;
        var pooled = JsonDocument.Parse((await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--json")).Stdout).RootElement;
        Assert.Equal(1.0, best.GetProperty("rouge1").GetProperty("f").GetDouble(), 12);
        Assert.Equal(0.75, pooled.GetProperty("rouge1").GetProperty("p").GetDouble(), 12);
        Assert.Equal(0.6, pooled.GetProperty("rouge1").GetProperty("r").GetDouble(), 12);
        Assert.Equal(2.0 / 3, pooled.GetProperty("rouge1").GetProperty("f").GetDouble(), 12);
        Assert.Equal(4.0 / 7, pooled.GetProperty("rouge2").GetProperty("f").GetDouble(), 12);
        Assert.Equal(2.0 / 3, pooled.GetProperty("rougeL").GetProperty("f").GetDouble(), 12);
    }

    [Fact]
    public async Task Word_level_uses_jieba_words()
    {
        var dataset = Write("d.jsonl", [Doc("a", "基于深度学习的文本摘要")]);
        var predictions = Write("p.jsonl", [Line("a", "深度学习的文本")]);
        var chars = JsonDocument.Parse((await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--json")).Stdout).RootElement;
        var words = await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--json", "--tokenize", "word");
        Assert.True(words.ExitCode == 0, words.ToString());
        var root = JsonDocument.Parse(words.Stdout).RootElement;
        // chars: 7 of 11 reference characters; words (基于|深度|学习|的|文本|摘要): 4 of 6.
        Assert.Equal(7.0 / 11, chars.GetProperty("rouge1").GetProperty("r").GetDouble(), 12);
        Assert.Equal(4.0 / 6, root.GetProperty("rouge1").GetProperty("r").GetDouble(), 12);
    }

    [Fact]
    public async Task Bad_options_are_usage_errors()
    {
        var dataset = Write("d.jsonl", [Doc("a", "标题")]);
        var predictions = Write("p.jsonl", [Line("a", "标题")]);
        Assert.Equal(2, (await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--tokenize", "bpe")).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync("score", "-p", predictions, "-d", dataset, "--max-chars", "0")).ExitCode);
        var missingFile = await CliRunner.RunAsync("score", "-p", Path.Combine(_dir, "none.jsonl"), "-d", dataset);
        Assert.Equal(2, missingFile.ExitCode);
        Assert.Contains("none.jsonl", missingFile.Stderr);
    }

    [Fact]
    public async Task Same_seed_same_intervals_and_another_seed_other_intervals()
    {
        var sample = DatasetLoader.LoadSample();
        var predictions = Write("p.jsonl", sample.Documents.Select(d => Line(d.Id, SummEval.Text.TextLength.Truncate(d.Source, 20))));
        var a = await CliRunner.RunAsync("score", "-p", predictions, "-d", "sample", "--json");
        var b = await CliRunner.RunAsync("score", "-p", predictions, "-d", "sample", "--json", "--seed", "42");
        var c = await CliRunner.RunAsync("score", "-p", predictions, "-d", "sample", "--json", "--seed", "7");
        Assert.Equal(a.Stdout, b.Stdout);
        Assert.NotEqual(a.Stdout, c.Stdout);
    }

    [SharedFact]
    public async Task Lead20_reproduces_the_rouge155_corpus_means()
    {
        var result = await CliRunner.RunAsync(
            "score", "--predictions", SharedData.PathOf("conformance", "rouge", "lead20.predictions.jsonl"),
            "--dataset", SharedData.PathOf("data", "csl", "test.jsonl"), "--tokenize", "char", "--json", "--per-doc");
        Assert.True(result.ExitCode == 0, result.ToString());
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        var expected = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("conformance", "rouge", "corpus.json"))).RootElement.GetProperty("char").GetProperty("rouge155");
        foreach (var metric in new[] { "rouge1", "rouge2", "rougeL" })
        {
            foreach (var field in new[] { "p", "r", "f" })
            {
                Assert.Equal(expected.GetProperty(metric).GetProperty(field).GetDouble(), root.GetProperty(metric).GetProperty(field).GetDouble(), 1e-9);
            }
        }

        Assert.Equal(1000, root.GetProperty("perDoc").GetArrayLength());
    }

    private static string Line(string id, string summary) => JsonSerializer.Serialize(new { id, summary });

    private static string Doc(string id, string title) => JsonSerializer.Serialize(new { id, content = "正文内容", title });

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
