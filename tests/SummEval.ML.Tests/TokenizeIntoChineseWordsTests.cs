using Microsoft.ML;
using Microsoft.ML.Data;
using SummEval.Cli.Tests;
using SummEval.ML.Tokenization;
using SummEval.Testing;
using Xunit;

namespace SummEval.ML.Tests;

public class TokenizeIntoChineseWordsTests
{
    private sealed class TextRow
    {
        public string Text { get; set; } = "";
    }

    private sealed class LabeledText
    {
        public string Text { get; set; } = "";
        public bool Label { get; set; }
    }

    private sealed class WordsRow
    {
        public string[] Words { get; set; } = [];
    }

    private sealed class Prediction
    {
        [ColumnName("PredictedLabel")]
        public bool Predicted { get; set; }

        public float Probability { get; set; }
    }

    [SharedFact]
    public async Task Equals_summeval_segment_on_every_csl_test_document()
    {
        var docs = CslTest.Read();
        var cli = await CliRunner.RunAsync("segment", "--input", CslTest.Path, "--field", "content");
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var expected = cli.Stdout.Split('\n', StringSplitOptions.None).Select(l => l.TrimEnd('\r')).Take(docs.Count).ToList();

        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(docs.Select(d => new TextRow { Text = d.Content }));
        var transformed = ml.Transforms.Text.TokenizeIntoChineseWords("Words", "Text").Fit(data).Transform(data);
        var actual = ml.Data.CreateEnumerable<WordsRow>(transformed, reuseRowObject: false).Select(w => string.Join(' ', w.Words)).ToList();

        Assert.Equal(docs.Count, actual.Count);
        Assert.Equal(1000, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            Assert.True(expected[i] == actual[i], $"{docs[i].Id}: segment gave\n{expected[i]}\nML.NET gave\n{actual[i]}");
        }
    }

    [Fact]
    public void A_chinese_text_classifier_trains_and_survives_save_and_load()
    {
        var rows = new[]
        {
            ("基于深度学习的图像识别方法研究", true), ("卷积神经网络在图像分类中的应用", true), ("一种改进的神经网络训练算法", true),
            ("深度学习模型的压缩与加速", true), ("循环神经网络的语言模型", true), ("注意力机制的神经网络翻译模型", true),
            ("城市供水管网的压力控制", false), ("混凝土结构的抗震性能分析", false), ("高速公路路面的养护管理", false),
            ("桥梁结构的健康监测系统", false), ("土壤重金属污染的修复技术", false), ("水库大坝的渗流安全评价", false),
        }.Select(r => new LabeledText { Text = r.Item1, Label = r.Item2 }).ToList();
        var ml = new MLContext(seed: 7);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Text.TokenizeIntoChineseWords("Words", "Text")
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(ml.Transforms.Text.ProduceNgrams("Features", "WordKeys", ngramLength: 1))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression());
        var model = pipeline.Fit(data);

        var probe = ml.Data.LoadFromEnumerable(new[] { new LabeledText { Text = "神经网络的图像识别" }, new LabeledText { Text = "桥梁混凝土的抗震" } });
        var before = ml.Data.CreateEnumerable<Prediction>(model.Transform(probe), reuseRowObject: false).ToList();
        Assert.True(before[0].Predicted);
        Assert.False(before[1].Predicted);

        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        stream.Position = 0;
        var fresh = new MLContext();
        fresh.ComponentCatalog.RegisterAssembly(typeof(ChineseWordTokenizerFactory).Assembly);
        var loaded = fresh.Model.Load(stream, out _);
        var after = fresh.Data.CreateEnumerable<Prediction>(loaded.Transform(fresh.Data.LoadFromEnumerable(new[] { new LabeledText { Text = "神经网络的图像识别" }, new LabeledText { Text = "桥梁混凝土的抗震" } })), reuseRowObject: false).ToList();
        Assert.Equal(before.Select(p => (p.Predicted, p.Probability)), after.Select(p => (p.Predicted, p.Probability)));
    }

    [Fact]
    public void Without_an_input_column_the_output_column_is_tokenized_in_place()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(new[] { new TextRow { Text = "我爱北京天安门" } });
        var transformed = ml.Transforms.Text.TokenizeIntoChineseWords("Text").Fit(data).Transform(data);
        Assert.Equal(["Text"], transformed.Schema.Where(c => !c.IsHidden).Select(c => c.Name)); // the source stays hidden, as ML.NET does
        var words = transformed.GetColumn<VBuffer<ReadOnlyMemory<char>>>("Text").Single().DenseValues().Select(m => m.ToString());
        Assert.Equal(["我", "爱", "北京", "天安门"], words);
    }
}
