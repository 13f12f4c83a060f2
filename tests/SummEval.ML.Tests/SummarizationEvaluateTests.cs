using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.ML;
using SummEval.Cli.Tests;
using SummEval.Extractive.Lead;
using SummEval.Metrics;
using SummEval.Testing;
using Xunit;

namespace SummEval.ML.Tests;

public class SummarizationEvaluateTests
{
    private sealed class Pair
    {
        public string Label { get; set; } = "";
        public string Summary { get; set; } = "";
    }

    private sealed class MultiPair
    {
        public string[] Refs { get; set; } = [];
        public string Candidate { get; set; } = "";
    }

    [SharedFact]
    public async Task Evaluate_equals_summeval_score_json_on_csl_test_lead1()
    {
        var docs = CslTest.Read();
        var folder = Directory.CreateTempSubdirectory("summeval-ml-score-").FullName;
        try
        {
            var predictions = Path.Combine(folder, "lead-1.jsonl");
            var lines = docs.Select(d => new JsonObject { ["id"] = d.Id, ["summary"] = LeadSentenceSummarizer.Summarize(d.Content, 20) }.ToJsonString());
            await File.WriteAllLinesAsync(predictions, lines);
            var cli = await CliRunner.RunAsync("score", "--predictions", predictions, "--dataset", CslTest.Path, "--max-chars", "20", "--json");
            Assert.True(cli.ExitCode == 0, cli.ToString());
            var expected = JsonNode.Parse(cli.Stdout)!;

            var ml = new MLContext(seed: 1);
            var data = ml.Data.LoadFromEnumerable(docs.Select(d => new Pair { Label = d.Title, Summary = LeadSentenceSummarizer.Summarize(d.Content, 20) }));
            var metrics = ml.Summarization.Evaluate(data, maxChars: 20);

            Assert.Equal(docs.Count, metrics.Count);
            Assert.Equal((int)expected["count"]!, metrics.Count);
            Assert.Equal((double)expected["length"]!["adherence"]!, metrics.LengthAdherence, 1e-12);
            foreach (var (name, m) in new[] { ("rouge1", metrics.Rouge1), ("rouge2", metrics.Rouge2), ("rougeL", metrics.RougeL) })
            {
                var e = expected[name]!;
                Assert.Equal((double)e["p"]!, m.Precision, 1e-12);
                Assert.Equal((double)e["r"]!, m.Recall, 1e-12);
                Assert.Equal((double)e["f"]!, m.F1, 1e-12);
                Assert.Equal((double)e["ci"]![0]!, m.F1Interval.Low, 1e-12);
                Assert.Equal((double)e["ci"]![1]!, m.F1Interval.High, 1e-12);
            }

            Assert.InRange(metrics.RougeL.F1, 0.2, 0.4); // lead-1 on CSL is about 0.29: not a trivially empty comparison
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_vector_label_pools_its_references_like_the_scorer()
    {
        var rows = new[]
        {
            new MultiPair { Refs = ["基于深度学习的文本摘要", "深度学习文本摘要方法"], Candidate = "深度学习的摘要" },
            new MultiPair { Refs = ["中文分词研究", "一种中文分词方法"], Candidate = "中文分词的新方法" },
            new MultiPair { Refs = ["图像识别"], Candidate = "" },
        };
        var ml = new MLContext();
        var metrics = ml.Summarization.Evaluate(ml.Data.LoadFromEnumerable(rows), labelColumnName: "Refs", summaryColumnName: "Candidate", maxChars: 7);

        var expected = CorpusScorer.Score(rows.Select((r, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Candidate, (IReadOnlyList<string>)r.Refs)).ToList(), new CorpusScoreOptions { MaxChars = 7 });
        Assert.Equal(3, metrics.Count);
        Assert.Equal(expected.RougeL.F1, metrics.RougeL.F1);
        Assert.Equal(expected.Rouge2.Recall, metrics.Rouge2.Recall);
        Assert.Equal(2.0 / 3, metrics.LengthAdherence, 1e-12); // "中文分词的新方法" is 8 > 7
        Assert.True(metrics.Rouge1.F1 > 0);
    }

    [Fact]
    public void A_missing_or_numeric_column_is_a_clear_error()
    {
        var ml = new MLContext();
        var data = ml.Data.LoadFromEnumerable(new[] { new Pair { Label = "a", Summary = "b" } });
        var missing = Assert.Throws<ArgumentOutOfRangeException>(() => ml.Summarization.Evaluate(data, labelColumnName: "Reference"));
        Assert.Contains("'Reference'", missing.Message);
    }
}
