using Microsoft.ML;
using SummEval.Cli.Tests;
using SummEval.Compressive.Model;
using SummEval.Datasets;
using SummEval.Extractive.Lead;
using SummEval.Extractive.TextRank;
using SummEval.ML.Training;
using SummEval.Testing;
using Xunit;

namespace SummEval.ML.Tests;

public class SummarizeAndCompressiveTests
{
    private sealed class Row
    {
        public string Source { get; set; } = "";
        public string Label { get; set; } = "";
    }

    private sealed class Summarized
    {
        public string Source { get; set; } = "";
        public string Summary { get; set; } = "";
    }

    private static readonly Row[] Rows =
    [
        new() { Source = "本文提出一种基于深度学习的中文文本摘要方法。实验表明该方法有效。", Label = "基于深度学习的中文文本摘要" },
        new() { Source = "针对图像分类问题,提出了改进的卷积神经网络。在公开数据集上取得了更好的结果。", Label = "改进的卷积神经网络图像分类" },
    ];

    [Fact]
    public void Summarize_with_a_summarizer_writes_its_summaries_under_the_budget()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Rows);
        var output = ml.Transforms.Text.Summarize("Summary", new LeadSentenceSummarizer(), "Source", maxChars: 10).Fit(data).Transform(data);
        var rows = ml.Data.CreateEnumerable<Summarized>(output, reuseRowObject: false).ToList();
        Assert.Equal(Rows.Select(r => LeadSentenceSummarizer.Summarize(r.Source, 10)), rows.Select(r => r.Summary));
        Assert.All(rows, r => Assert.InRange(r.Summary.Length, 1, 10));

        var metrics = ml.Summarization.Evaluate(output, maxChars: 10);
        Assert.Equal(2, metrics.Count);
        Assert.Equal(1.0, metrics.LengthAdherence);
    }

    [Fact]
    public void Summarize_with_a_spec_resolves_it_among_the_given_factories()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(Rows);
        var output = ml.Transforms.Text.Summarize("Summary", "lead-1", [new LeadSentenceFactory(), new TextRankFactory()], "Source", maxChars: 8).Fit(data).Transform(data);
        Assert.Equal(Rows.Select(r => LeadSentenceSummarizer.Summarize(r.Source, 8)), ml.Data.CreateEnumerable<Summarized>(output, reuseRowObject: false).Select(r => r.Summary));
        var unknown = Assert.Throws<SummEval.Summarizers.SummarizerSpecException>(() => ml.Transforms.Text.Summarize("Summary", "nope", [new LeadSentenceFactory()], "Source"));
        Assert.Contains("lead-1", unknown.Message);
    }

    [SharedFact]
    public async Task Compressive_estimator_model_has_the_bytes_of_summeval_train_compressive()
    {
        var folder = Directory.CreateTempSubdirectory("summeval-ml-compressive-").FullName;
        try
        {
            // 80 CSL train pairs keep the test short; the equality does not depend on the size.
            var trainFile = Path.Combine(folder, "train80.jsonl");
            await File.WriteAllLinesAsync(trainFile, File.ReadLines(SharedData.PathOf("data", "csl", "train.jsonl")).Where(l => l.Length > 0).Take(80));
            var cliModel = Path.Combine(folder, "cli.model");
            var cli = await CliRunner.RunAsync(["train", "compressive", "--train", trainFile, "--out", cliModel], timeout: TimeSpan.FromMinutes(10));
            Assert.True(cli.ExitCode == 0, cli.ToString());

            var dataset = DatasetLoader.Load(trainFile);
            var ml = new MLContext();
            var data = ml.Data.LoadFromEnumerable(dataset.Documents.Select(d => new Row { Source = d.Source, Label = d.References[0] }));
            var estimator = ml.Summarization.Trainers.Compressive("Source", "Label", new CompressiveEstimatorOptions { TrainingDataName = dataset.Name, MaxChars = 20 });
            var transformer = estimator.Fit(data);
            using var bytes = new MemoryStream();
            transformer.SaveModel(bytes);
            var cliBytes = await File.ReadAllBytesAsync(cliModel);
            Assert.True(bytes.ToArray().SequenceEqual(cliBytes), "the estimator's model differs from the CLI's");

            var summaries = ml.Data.CreateEnumerable<Summarized>(transformer.Transform(data), reuseRowObject: false).Take(10).ToList();
            Assert.Equal(80, CompressiveModel.Load(cliModel).Metadata.TrainingDocuments);
            Assert.All(summaries, s => Assert.InRange(s.Summary.Length, 1, 20));
            Assert.Equal(summaries.Select(s => transformer.Summarizer.Summarize(s.Source, 20)), summaries.Select(s => s.Summary));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
