using System.Diagnostics;
using SummEval.Compressive.Features;
using SummEval.Compressive.Training;
using SummEval.Extractive.Oracles;
using SummEval.Jieba.Keywords;
using SummEval.Testing;
using SummEval.Text;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Compressive.Tests;

public sealed class CslQualityTests(ITestOutputHelper output)
{
    private const int Budget = 20;

    [SharedTheory]
    [InlineData(TrainerKind.FastTree)]
    [InlineData(TrainerKind.LightGbm)]
    public void TrainedOnCslTrainReachesTheTargetOnCslTest(TrainerKind trainer)
    {
        var train = CslPairs.Read("train");
        var test = CslPairs.Read("test");
        var (model, report) = CompressiveTrainer.Train(train, new TrainingOptions { Trainer = trainer }, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, "csl:train");
        output.WriteLine($"train: {report}");

        var summarizer = new CompressiveSummarizer(model, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        var clock = Stopwatch.StartNew();
        var scores = new double[test.Count];
        for (var i = 0; i < test.Count; i++)
        {
            var summary = summarizer.Summarize(test[i].Source, Budget);
            Assert.True(TextLength.Chars(summary) <= Budget, $"over budget on test {i}: {summary}");
            scores[i] = Lcs.RougeLF1(summary, test[i].Reference);
            if (i < 15)
            {
                output.WriteLine($"{summary} | {test[i].Reference} | {scores[i]:F3}");
            }
        }

        clock.Stop();
        output.WriteLine($"{trainer}: CSL test ROUGE-L F1 = {scores.Average():F4}; {clock.Elapsed.TotalMilliseconds / test.Count:F2} ms/doc");
        Assert.True(scores.Average() >= 0.50, $"ROUGE-L F1 {scores.Average():F4} < 0.50");
    }
}
