using System.Text.Json;
using SummEval.Metrics;
using SummEval.Scoring;
using Xunit;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>Corpus means, bootstrap intervals and their reproducibility.</summary>
public sealed class CorpusScorerTests
{
    private static readonly List<(string Id, string Candidate, IReadOnlyList<string> References)> Items =
        Enumerable.Range(0, 60)
            .Select(i => ($"d{i}", i % 9 == 0 ? string.Empty : $"基于{(char)('一' + (i % 13))}深度学习的模型{i % 4}", (IReadOnlyList<string>)[$"深度学习{(char)('一' + (i % 5))}模型研究", "基于模型的方法"]))
            .ToList();

    [Fact]
    public void Summarize_of_the_per_document_scores_equals_score()
    {
        var options = new CorpusScoreOptions { MaxChars = 10, Seed = 3 };
        var scored = CorpusScorer.Score(Items, options);
        var summarized = CorpusScorer.Summarize(scored.PerDoc.ToList(), options);
        Assert.Equal(scored.Rouge1, summarized.Rouge1);
        Assert.Equal(scored.Rouge2, summarized.Rouge2);
        Assert.Equal(scored.RougeL, summarized.RougeL);
        Assert.Equal(scored.Length, summarized.Length);
        Assert.Equal(scored.Count, summarized.Count);
        Assert.Equal(ScoreReportJson.Serialize(scored, true), ScoreReportJson.Serialize(summarized, true));
    }

    [Fact]
    public void Means_are_macro_averages_of_the_per_document_scores()
    {
        var report = CorpusScorer.Score(Items, new CorpusScoreOptions());
        Assert.Equal(Items.Count, report.Count);
        Assert.Equal(report.PerDoc.Average(d => d.Rouge.Rouge2.Precision), report.Rouge2.Precision, 12);
        Assert.Equal(report.PerDoc.Average(d => d.Rouge.RougeL.Recall), report.RougeL.Recall, 12);
        Assert.Equal(report.PerDoc.Average(d => d.Rouge.Rouge1.F1), report.Rouge1.F1, 12);
        Assert.Equal(Items.Select(i => i.Id), report.PerDoc.Select(d => d.Id));
        Assert.Equal(7, report.Length.Empty);
    }

    [Fact]
    public void Intervals_are_seeded_and_bracket_the_mean()
    {
        var a = CorpusScorer.Score(Items, new CorpusScoreOptions { Seed = 42 });
        var b = CorpusScorer.Score(Items, new CorpusScoreOptions { Seed = 42 });
        var c = CorpusScorer.Score(Items, new CorpusScoreOptions { Seed = 43 });
        Assert.Equal(a.Rouge1, b.Rouge1);
        Assert.NotEqual(a.Rouge1.CiLow, c.Rouge1.CiLow);
        foreach (var m in new[] { a.Rouge1, a.Rouge2, a.RougeL })
        {
            Assert.InRange(m.F1, m.CiLow, m.CiHigh);
            Assert.True(m.CiHigh - m.CiLow is > 0.01 and < 0.5, $"{m}");
        }
    }

    [Fact]
    public void The_interval_follows_the_documented_bootstrap()
    {
        // Re-derive the interval independently: Random(seed), n draws per resample, type-7 percentiles.
        var report = CorpusScorer.Score(Items, new CorpusScoreOptions { Seed = 9, BootstrapSamples = 200 });
        var f = report.PerDoc.Select(d => d.Rouge.Rouge1.F1).ToArray();
        var random = new Random(9);
        var means = Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, f.Length).Sum(_ => f[random.Next(f.Length)]) / f.Length).Order().ToArray();
        double At(double q)
        {
            var pos = q * (means.Length - 1);
            var lo = (int)Math.Floor(pos);
            return means[lo] + ((means[Math.Min(lo + 1, means.Length - 1)] - means[lo]) * (pos - lo));
        }

        Assert.Equal(At(0.025), report.Rouge1.CiLow, 12);
        Assert.Equal(At(0.975), report.Rouge1.CiHigh, 12);
    }

    [Fact]
    public void Identical_documents_have_a_zero_width_interval()
    {
        var items = Enumerable.Range(0, 5).Select(i => ($"d{i}", "文本摘要", (IReadOnlyList<string>)["文本"])).ToList();
        var report = CorpusScorer.Score(items, new CorpusScoreOptions());
        Assert.Equal(report.Rouge1.F1, report.Rouge1.CiLow, 15);
        Assert.Equal(report.Rouge1.F1, report.Rouge1.CiHigh, 15);
    }

    [Fact]
    public void Scoring_no_documents_is_refused()
    {
        var options = new CorpusScoreOptions { MaxChars = 20 };
        Assert.Contains("no documents", Assert.Throws<ArgumentException>(() => CorpusScorer.Score([], options)).Message, StringComparison.Ordinal);
        Assert.Contains("no documents", Assert.Throws<ArgumentException>(() => CorpusScorer.ScoreWithSources([], options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_of_document_scores_gives_zeros()
    {
        var report = CorpusScorer.Summarize([], new CorpusScoreOptions { MaxChars = 20 });
        Assert.Equal(0, report.Count);
        Assert.Equal(new MetricSummary(0, 0, 0, 0, 0), report.Rouge1);
        Assert.Equal(1, report.Length.Adherence);
        Assert.Equal(0, JsonDocument.Parse(ScoreReportJson.Serialize(report, true)).RootElement.GetProperty("perDoc").GetArrayLength());
    }

    [Fact]
    public void Bootstrap_samples_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusScorer.Score(Items, new CorpusScoreOptions { BootstrapSamples = 0 }));
}
