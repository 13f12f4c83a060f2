using System.Text.Json;
using SummEval.Testing;
using Xunit;

namespace SummEval.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Twelve small abstract/title pairs: titles are (mostly) in-order subsequences of the abstracts.
    private static readonly (string Content, string Title)[] Pairs =
    [
        ("本文提出一种基于图神经网络的推荐方法。实验表明该方法提高了推荐准确率。", "基于图神经网络的推荐方法"),
        ("针对图像去噪问题,提出一种改进的非局部均值算法。该算法在多个数据集上取得了较好效果。", "改进的非局部均值图像去噪算法"),
        ("研究了无线传感器网络的能量均衡路由协议。仿真结果表明网络寿命显著延长。", "无线传感器网络能量均衡路由协议"),
        ("为提高中文分词的准确率,设计了一种结合词典与条件随机场的分词模型。", "结合词典与条件随机场的中文分词模型"),
        ("本文研究了云计算环境下的任务调度问题,提出了基于遗传算法的调度策略。", "云计算环境下基于遗传算法的任务调度"),
        ("提出一种面向物联网的轻量级身份认证协议,分析了协议的安全性和效率。", "面向物联网的轻量级身份认证协议"),
        ("针对区块链交易吞吐量低的问题,设计了一种分片共识机制。实验验证了其有效性。", "区块链分片共识机制"),
        ("本文利用深度强化学习方法解决交通信号控制问题,减少了车辆平均等待时间。", "基于深度强化学习的交通信号控制"),
        ("提出了一种基于注意力机制的文本情感分类模型,在公开数据集上优于基线。", "基于注意力机制的文本情感分类"),
        ("研究了大规模图数据的分布式存储与查询优化技术,提高了查询效率。", "大规模图数据分布式存储与查询优化"),
        ("本文设计了一种基于知识图谱的智能问答系统,支持多轮对话。", "基于知识图谱的智能问答系统"),
        ("针对软件缺陷预测中的类不平衡问题,提出了一种代价敏感的集成学习方法。", "软件缺陷预测的代价敏感集成学习方法"),
    ];

    private string WriteTrainingFile()
    {
        var path = Path.Combine(_dir, "train.jsonl");
        File.WriteAllLines(path, Pairs.Select((p, i) => JsonSerializer.Serialize(new { id = $"t{i}", content = p.Content, title = p.Title })));
        return path;
    }

    [Fact]
    public async Task An_output_that_names_an_input_is_refused_and_the_input_kept()
    {
        // Before: --out train.jsonl replaced the training data with the model's zip, exit 0.
        var train = WriteTrainingFile();
        var before = File.ReadAllBytes(train);
        foreach (var option in new[] { "--out", "--manifest" })
        {
            var result = await CliRunner.RunAsync(["train", "compressive", "--train", train, option, train]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("is an input of this command", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(train));
        }

        var finetune = await CliRunner.RunAsync(["finetune", "prepare", "--dataset", train, "--count", "3", "--out", train]);
        Assert.Equal(2, finetune.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(train));
    }

    /// <summary>The pairs twice, as two training sets.</summary>
    private (string First, string Second) WriteTwoTrainingFiles()
    {
        var first = WriteTrainingFile();
        var second = Path.Combine(_dir, "second.jsonl");
        File.Copy(first, second);
        return (first, second);
    }

    [Fact]
    public async Task Train_writes_a_model_that_summarize_uses_within_the_budget()
    {
        var model = Path.Combine(_dir, "model.zip");
        var train = await CliRunner.RunAsync(["train", "compressive", "--train", WriteTrainingFile(), "--out", model, "--seed", "3"], timeout: TimeSpan.FromMinutes(3));
        Assert.True(train.ExitCode == 0, train.ToString());
        Assert.Contains("trained FastTree on 12 pairs", train.Stdout);
        Assert.Contains("decoder: candidate selection (reference length 19 + 0.7 x expected kept chars, segment cost 0.02, sentence cost 0.01, consensus weight 0.5, sentence and clause-pair decodes too); overrides: threshold 0.08, segment penalty 0, cut 1", train.Stdout);
        Assert.True(File.Exists(model));

        var summarize = await CliRunner.RunAsync(
            ["summarize", "-s", $"compressive:model={model}", "--max-chars", "12"],
            stdin: "本文提出一种基于卷积神经网络的图像分类方法。实验表明该方法有效。\n针对推荐系统冷启动问题,设计了一种迁移学习模型。\n");
        Assert.True(summarize.ExitCode == 0, summarize.ToString());
        var lines = summarize.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.InRange(l.EnumerateRunes().Count(), 1, 12));
    }

    [Fact]
    public async Task Train_is_repeatable_writes_a_manifest_and_cross_validates_per_dataset()
    {
        var (first, second) = WriteTwoTrainingFiles();
        var model = Path.Combine(_dir, "m.zip");
        var manifest = Path.Combine(_dir, "m.json");
        var train = await CliRunner.RunAsync(["train", "compressive", "--train", first, "--train", second, "--out", model, "--manifest", manifest], timeout: TimeSpan.FromMinutes(3));
        Assert.True(train.ExitCode == 0, train.ToString());
        Assert.Contains("on 24 pairs", train.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        Assert.Equal(2, json.RootElement.GetProperty("data").GetArrayLength());
        Assert.Equal(File.ReadAllBytes(model).Length, json.RootElement.GetProperty("modelBytes").GetInt64());

        var cv = await CliRunner.RunAsync(["train", "compressive", "--cv", "3", "--train", first, "--train", second, "--trees", "10"], timeout: TimeSpan.FromMinutes(3));
        Assert.True(cv.ExitCode == 0, cv.ToString());
        Assert.Contains("3-fold cross-validation, grouped by dataset", cv.Stdout);
        Assert.Matches(@"held-out word AUC: .+ \d\.\d{4}, .+ \d\.\d{4}", cv.Stdout);
        Assert.Contains($"{first} held out (12): ROUGE-1", cv.Stdout);
        Assert.Contains($"{second} held out (12): ROUGE-1", cv.Stdout);

        // The chosen single setting's figures, then the default decoder's (candidate selection), per dataset.
        var selection = cv.Stdout.IndexOf("candidate selection (the default decoder", StringComparison.Ordinal);
        Assert.True(selection > 0, cv.Stdout);
        Assert.Contains($"{first} held out (12): ROUGE-1", cv.Stdout[selection..]);
        Assert.Contains($"{second} held out (12): ROUGE-1", cv.Stdout[selection..]);
    }

    [Fact]
    public async Task Cross_validation_writes_every_held_out_summary_beside_its_reference()
    {
        var (first, second) = WriteTwoTrainingFiles();
        var dump = Path.Combine(_dir, "held-out.jsonl");
        var cv = await CliRunner.RunAsync(["train", "compressive", "--cv", "3", "--train", first, "--train", second, "--trees", "10", "--budget", "12", "--held-out-summaries", dump], timeout: TimeSpan.FromMinutes(3));
        Assert.True(cv.ExitCode == 0, cv.ToString());
        Assert.Contains("held-out summaries: " + dump, cv.Stdout);

        var rows = File.ReadAllLines(dump).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(24, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (set, index) = i < 12 ? (first, i) : (second, i - 12);
            Assert.Equal($"{set}#{index:0000}", rows[i].GetProperty("id").GetString());
            Assert.Equal(set, rows[i].GetProperty("dataset").GetString());
            Assert.Equal(Pairs[index].Content, rows[i].GetProperty("content").GetString());
            Assert.Equal(Pairs[index].Title, rows[i].GetProperty("title").GetString());
            Assert.InRange(rows[i].GetProperty("summary").GetString()!.EnumerateRunes().Count(), 1, 12);
        }

        // The same documents held out by the same folds summarize the same way.
        var again = await CliRunner.RunAsync(["train", "compressive", "--cv", "3", "--train", first, "--train", second, "--trees", "10", "--budget", "12", "--held-out-summaries", dump + ".2"], timeout: TimeSpan.FromMinutes(3));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(File.ReadAllBytes(dump), File.ReadAllBytes(dump + ".2"));
    }

    [Fact]
    public async Task Held_out_summaries_of_traditional_documents_are_written_in_their_own_characters()
    {
        // Twelve abstracts and titles in traditional characters (OpenCC s2t of the compressive tests' other-fields set).
        var source = Path.Combine(SharedData.RepositoryRoot, "tests", "SummEval.Compressive.Tests", "Data", "other-fields-traditional.jsonl");
        var rows = File.ReadAllLines(source).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (Content: r.GetProperty("content").GetString()!, Title: r.GetProperty("title").GetString()!)).ToList();
        var file = Path.Combine(_dir, "traditional.jsonl");
        File.WriteAllLines(file, rows.Select((r, i) => JsonSerializer.Serialize(new { id = $"t{i}", content = r.Content, title = r.Title })));
        var dump = Path.Combine(_dir, "held-out-traditional.jsonl");
        var cv = await CliRunner.RunAsync(["train", "compressive", "--cv", "3", "--train", file, "--trees", "10", "--held-out-summaries", dump], timeout: TimeSpan.FromMinutes(3));
        Assert.True(cv.ExitCode == 0, cv.ToString());

        var written = File.ReadAllLines(dump).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(rows.Count, written.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i].Content, written[i].GetProperty("content").GetString());
            Assert.Equal(rows[i].Title, written[i].GetProperty("title").GetString());
            var summary = written[i].GetProperty("summary").GetString()!;
            Assert.NotEqual("", summary);
            Assert.All(summary, c => Assert.Contains(c, rows[i].Content));
        }
    }

    [Fact]
    public async Task Repeated_cross_validation_reports_each_seed_and_the_spread_over_them()
    {
        var (first, second) = WriteTwoTrainingFiles();
        string[] common = ["train", "compressive", "--cv", "3", "--train", first, "--train", second, "--trees", "10"];
        var repeated = await CliRunner.RunAsync([.. common, "--seed", "4", "--repeat", "2"], timeout: TimeSpan.FromMinutes(3));
        Assert.True(repeated.ExitCode == 0, repeated.ToString());
        var seed5 = repeated.Stdout.IndexOf("== seed 5 (2 of 2)", StringComparison.Ordinal);
        Assert.True(repeated.Stdout.StartsWith("== seed 4 (1 of 2)", StringComparison.Ordinal) && seed5 > 0, repeated.Stdout);

        // Each seed's block is that seed's plain cross-validation; the summary is the mean and spread of their default-decoder figures.
        var single = await CliRunner.RunAsync([.. common, "--seed", "5"], timeout: TimeSpan.FromMinutes(3));
        Assert.True(single.ExitCode == 0, single.ToString());
        var summary = repeated.Stdout.IndexOf("repeated cross-validation: held-out ROUGE-L F1 over 2 seeds (4-5), candidate selection, the default decoder", StringComparison.Ordinal);
        Assert.True(summary > seed5, repeated.Stdout);
        Assert.Equal(DefaultDecoderRougeL(single.Stdout, first), DefaultDecoderRougeL(repeated.Stdout[seed5..summary], first));
        foreach (var name in new[] { first, second })
        {
            var values = new[] { DefaultDecoderRougeL(repeated.Stdout[..seed5], name), DefaultDecoderRougeL(repeated.Stdout[seed5..summary], name) };
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)));
            var line = repeated.Stdout[summary..].Split('\n').Single(l => l.StartsWith(name + ": ", StringComparison.Ordinal)).TrimEnd('\r');
            var shown = System.Text.RegularExpressions.Regex.Matches(line[(name.Length + 2)..], @"\d\.\d{4}")
                .Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

            // mean, sd, min, max, then each seed's figure as its own block printed it; mean and sd come from the unrounded
            // figures, so they may differ from the printed ones' in the last place.
            Assert.Equal([values.Min(), values.Max(), values[0], values[1]], shown[2..]);
            Assert.InRange(shown[0] - mean, -0.0001, 0.0001);
            Assert.InRange(shown[1] - sd, -0.00015, 0.00015);
        }
    }

    [Theory]
    [InlineData("--repeat", "2")]
    [InlineData("--cv", "3", "--repeat", "0")]
    [InlineData("--cv", "3", "--repeat", "2", "--held-out-summaries", "x.jsonl")]
    public async Task A_repeat_that_cannot_run_is_a_usage_error(params string[] options)
    {
        var result = await CliRunner.RunAsync(["train", "compressive", "--train", WriteTrainingFile(), .. options]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--repeat", result.Stderr);
    }

    // The ROUGE-L F1 a cross-validation report gives a dataset under candidate selection (the default decoder).
    private static double DefaultDecoderRougeL(string report, string dataset)
    {
        var selection = report.IndexOf("candidate selection (the default decoder", StringComparison.Ordinal);
        var match = System.Text.RegularExpressions.Regex.Match(report[selection..], System.Text.RegularExpressions.Regex.Escape(dataset) + @" held out \(\d+\): .*ROUGE-L (\d\.\d{4})");
        Assert.True(match.Success, report);
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Held_out_summaries_without_cross_validation_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["train", "compressive", "--train", WriteTrainingFile(), "--held-out-summaries", Path.Combine(_dir, "x.jsonl")]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("give --cv K too", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "x.jsonl")));
    }

    [Fact]
    public async Task A_missing_model_file_is_a_user_error_naming_it()
    {
        var missing = Path.Combine(_dir, "none.zip");
        var result = await CliRunner.RunAsync(["summarize", "-s", $"compressive:model={missing}"], stdin: "文本。\n");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(missing, result.Stderr);
    }

    [Fact]
    public async Task Without_a_model_or_training_data_the_shipped_model_summarizes()
    {
        var result = await CliRunner.RunAsync(
            ["summarize", "-s", "compressive", "--max-chars", "20"],
            stdin: "目的：探讨针刺治疗原发性失眠的临床疗效。方法：选取60例患者随机分为两组。结果：观察组总有效率高于对照组。\n",
            environment: new Dictionary<string, string?> { ["SUMMEVAL_DATA"] = _dir });
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.InRange(result.Stdout.TrimEnd('\n').EnumerateRunes().Count(), 4, 20);
    }
}
