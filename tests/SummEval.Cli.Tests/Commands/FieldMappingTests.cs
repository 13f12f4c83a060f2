using System.Text.Json;
using SummEval.Cli.Tests.Runs;
using Xunit;

namespace SummEval.Cli.Tests.Commands;

/// <summary>
/// A user's own file without a <c>title</c> field, on every command that reads a dataset: without the field options
/// the error names <c>--reference-field</c>, and that option (and <c>--source-field</c>) exists on the command.
/// </summary>
public sealed class FieldMappingTests : IDisposable
{
    private static readonly (string Body, string Headline, string Alt)[] Rows =
    [
        ("本文提出一种基于图神经网络的推荐方法。实验表明该方法提高了推荐准确率。", "基于图神经网络的推荐方法", "图神经网络推荐"),
        ("针对图像去噪问题,提出一种改进的非局部均值算法。该算法在多个数据集上取得了较好效果。", "改进的非局部均值图像去噪算法", "非局部均值去噪"),
        ("研究了无线传感器网络的能量均衡路由协议。仿真结果表明网络寿命显著延长。", "无线传感器网络能量均衡路由协议", "能量均衡路由"),
        ("为提高中文分词的准确率,设计了一种结合词典与条件随机场的分词模型。", "结合词典与条件随机场的中文分词模型", "中文分词模型"),
        ("本文研究了云计算环境下的任务调度问题,提出了基于遗传算法的调度策略。", "云计算环境下基于遗传算法的任务调度", "云计算任务调度"),
        ("提出一种面向物联网的轻量级身份认证协议,分析了协议的安全性和效率。", "面向物联网的轻量级身份认证协议", "物联网身份认证"),
        ("针对区块链交易吞吐量低的问题,设计了一种分片共识机制。实验验证了其有效性。", "区块链分片共识机制", "分片共识"),
        ("本文利用深度强化学习方法解决交通信号控制问题,减少了车辆平均等待时间。", "基于深度强化学习的交通信号控制", "交通信号控制"),
        ("提出了一种基于注意力机制的文本情感分类模型,在公开数据集上优于基线。", "基于注意力机制的文本情感分类", "文本情感分类"),
        ("研究了大规模图数据的分布式存储与查询优化技术,提高了查询效率。", "大规模图数据分布式存储与查询优化", "图数据查询优化"),
        ("本文设计了一种基于知识图谱的智能问答系统,支持多轮对话。", "基于知识图谱的智能问答系统", "知识图谱问答"),
        ("针对软件缺陷预测中的类不平衡问题,提出了一种代价敏感的集成学习方法。", "软件缺陷预测的代价敏感集成学习方法", "软件缺陷预测"),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-fields-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>{"id", "body", "headline", "alt"}: no field the loader recognises by default.</summary>
    private string UserFile()
    {
        var path = Path.Combine(_dir, "mine.jsonl");
        File.WriteAllLines(path, Rows.Select((r, i) => JsonSerializer.Serialize(new { id = $"m{i}", body = r.Body, headline = r.Headline, alt = r.Alt })));
        return path;
    }

    private static void AssertNamesTheSourceOption(CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no source field found", result.Stderr);
        Assert.Contains("--source-field option", result.Stderr);
    }

    private static void AssertNamesTheReferenceOption(CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no reference field found", result.Stderr);
        Assert.Contains("fields present: id, body, headline, alt", result.Stderr);
        Assert.Contains("--reference-field option", result.Stderr);
    }

    [Fact]
    public async Task Run_maps_the_fields_and_takes_several_references()
    {
        var file = UserFile();
        AssertNamesTheSourceOption(await CliRunner.RunAsync("run", "-d", file, "-s", "lead-1", "--out", Path.Combine(_dir, "o0")));
        AssertNamesTheReferenceOption(await CliRunner.RunAsync("run", "-d", file, "-s", "lead-1", "--source-field", "body", "--out", Path.Combine(_dir, "o1")));

        var one = await CliRunner.RunAsync("run", "-d", file, "-s", "oracle-lcs", "--include-oracles", "--source-field", "body", "--reference-field", "headline", "--out", Path.Combine(_dir, "o2"));
        Assert.True(one.ExitCode == 0, one.ToString());
        var two = await CliRunner.RunAsync("run", "-d", file, "-s", "oracle-lcs", "--include-oracles", "--source-field", "body", "--reference-field", "headline", "--reference-field", "alt", "--out", Path.Combine(_dir, "o3"));
        Assert.True(two.ExitCode == 0, two.ToString());
        Assert.Equal(Rows.Length, (int)LeaderboardFiles.Read(Path.Combine(_dir, "o2"))["count"]!);

        // A second reference changes the scores: both were read.
        Assert.NotEqual(RougeL(Path.Combine(_dir, "o2")), RougeL(Path.Combine(_dir, "o3")));
    }

    [Fact]
    public async Task A_run_file_takes_the_same_keys()
    {
        var file = UserFile();
        var config = Path.Combine(_dir, "run.yaml");
        File.WriteAllText(config, """
            dataset: mine.jsonl
            summarizers: [lead-1]
            sourceField: body
            referenceField: [headline, alt]
            out: results
            """);
        var result = await CliRunner.RunAsync(["run", "--config", config]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var fromFile = RougeL(Path.Combine(_dir, "results"));

        var cli = await CliRunner.RunAsync("run", "-d", file, "-s", "lead-1", "--source-field", "body", "--reference-field", "headline", "--reference-field", "alt", "--out", Path.Combine(_dir, "cli"));
        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(fromFile, RougeL(Path.Combine(_dir, "cli")));

        // The command line overrides the run file.
        var overridden = await CliRunner.RunAsync(["run", "--config", config, "--reference-field", "headline", "--out", Path.Combine(_dir, "over")]);
        Assert.True(overridden.ExitCode == 0, overridden.ToString());
        Assert.NotEqual(fromFile, RougeL(Path.Combine(_dir, "over")));
    }

    [Fact]
    public async Task Score_maps_the_fields()
    {
        var file = UserFile();
        var predictions = Path.Combine(_dir, "p.jsonl");
        File.WriteAllLines(predictions, Rows.Select((r, i) => JsonSerializer.Serialize(new { id = $"m{i}", summary = r.Headline })));
        AssertNamesTheReferenceOption(await CliRunner.RunAsync("score", "-p", predictions, "-d", file, "--source-field", "body"));

        var result = await CliRunner.RunAsync("score", "-p", predictions, "-d", file, "--source-field", "body", "--reference-field", "headline", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1.0, JsonDocument.Parse(result.Stdout).RootElement.GetProperty("rougeL").GetProperty("f").GetDouble(), 12);
    }

    [Fact]
    public async Task Summarize_maps_the_source_field_and_checks_named_references()
    {
        var file = UserFile();
        AssertNamesTheSourceOption(await CliRunner.RunAsync("summarize", "-s", "lead-1", "--input", file));

        var result = await CliRunner.RunAsync("summarize", "-s", "lead-1", "--input", file, "--source-field", "body", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        var first = JsonDocument.Parse(result.Stdout.Split('\n')[0]).RootElement;
        Assert.Equal("m0", first.GetProperty("id").GetString());
        Assert.Equal("本文提出一种基于图神经网络的推荐方法。", first.GetProperty("summary").GetString());

        // The older --field spelling still works; a named reference field must exist.
        var plain = await CliRunner.RunAsync("summarize", "-s", "lead-1", "--input", file, "--source-field", "body");
        var older = await CliRunner.RunAsync("summarize", "-s", "lead-1", "--input", file, "--field", "body");
        Assert.True(older.ExitCode == 0, older.ToString());
        Assert.Equal(plain.Stdout, older.Stdout);
        var missing = await CliRunner.RunAsync("summarize", "-s", "lead-1", "--input", file, "--source-field", "body", "--reference-field", "nope");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("field 'nope'", missing.Stderr);
    }

    [Fact]
    public async Task Train_maps_the_fields()
    {
        var file = UserFile();
        AssertNamesTheReferenceOption(await CliRunner.RunAsync("train", "compressive", "--train", file, "--source-field", "body", "--out", Path.Combine(_dir, "m0.zip")));

        var model = Path.Combine(_dir, "m.zip");
        var result = await CliRunner.RunAsync(
            ["train", "compressive", "--train", file, "--source-field", "body", "--reference-field", "headline", "--out", model, "--seed", "3"],
            timeout: TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(model));
    }

    private static double RougeL(string folder) =>
        (double)LeaderboardFiles.Read(folder)["entries"]![0]!["rougeL"]!["f"]!;
}
