using System.Text.Json;
using SummEval.Datasets;
using SummEval.Jieba;
using SummEval.Metrics;
using SummEval.Scoring;
using SummEval.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>
/// Every case of ../shared/conformance/rouge against ROUGE-1.5.5's exact scores (P, R, F within 1e-9), and the
/// lead20 corpus means of corpus.json.
/// </summary>
public sealed class RougeConformanceTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-9;

    [SharedFact]
    public void EveryCaseMatchesRouge155()
    {
        var cases = ConformanceCases.Load();
        Assert.Equal(972, cases.Count);
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var actual = c.Tokenization == "char"
                ? RougeScorer.Score(c.Candidate, c.References)
                : c.CandidateTokens is { } tokens
                    ? RougeScorer.ScoreTokens(tokens, c.ReferencesTokens!)
                    : RougeScorer.Score(c.Candidate, c.References, new RougeOptions { Tokenizer = JiebaSegmenter.Default });
            if (Mismatch(c.Expected, actual) is { } why)
            {
                failures.Add($"{c.Id} ({c.Kind}): {why}");
            }
        }

        output.WriteLine($"{cases.Count - failures.Count} of {cases.Count} conformance cases match ROUGE-1.5.5 within {Tolerance}.");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)) + $"\n{failures.Count} failures");
    }

    [SharedFact]
    public void BestModeMatchesRougeScoreScoreMultiOnMultiReferenceCases()
    {
        // rouge-score's score_multi takes the best F per metric; its rougeLsum is ROUGE-1.5.5's summary-level ROUGE-L.
        var checkedCases = 0;
        foreach (var line in File.ReadLines(SharedData.PathOf("conformance", "rouge", "conformance.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("references").GetArrayLength() < 2)
            {
                continue;
            }

            var c = ConformanceCases.Load().Single(x => x.Id == root.GetProperty("id").GetString());
            var rs = root.GetProperty("scores").GetProperty("rouge_score");
            var expected = new RougeScores(ConformanceCases.ReadPrf(rs.GetProperty("rouge1")), ConformanceCases.ReadPrf(rs.GetProperty("rouge2")), ConformanceCases.ReadPrf(rs.GetProperty("rougeLsum")));
            var actual = c.CandidateTokens is { } tokens
                ? RougeScorer.ScoreTokens(tokens, c.ReferencesTokens!, ReferenceMode.Best)
                : RougeScorer.Score(c.Candidate, c.References, new RougeOptions { References = ReferenceMode.Best });
            Assert.True(Mismatch(expected, actual) is null, $"{c.Id}: {Mismatch(expected, actual)}");
            checkedCases++;
        }

        Assert.Equal(100, checkedCases);
    }

    [SharedFact]
    public void JiebaPortReproducesTheGivenTokensScores()
    {
        // The same jieba cases scored from raw text through SummEval.Jieba instead of the given token lists.
        var jieba = new RougeOptions { Tokenizer = JiebaSegmenter.Default };
        var cases = ConformanceCases.Load().Where(c => c.Tokenization == "jieba").ToList();
        var failures = cases.Where(c => Mismatch(c.Expected, RougeScorer.Score(c.Candidate, c.References, jieba)) is not null).Select(c => c.Id).ToList();
        output.WriteLine($"{cases.Count - failures.Count} of {cases.Count} jieba cases match from raw text.");
        Assert.True(failures.Count == 0, string.Join(", ", failures));
    }

    [SharedFact]
    public void CharacterAndJiebaCasesAreAllPresent()
    {
        var cases = ConformanceCases.Load();
        Assert.Equal(486, cases.Count(c => c.Tokenization == "char"));
        Assert.Equal(486, cases.Count(c => c.Tokenization == "jieba"));
        Assert.All(cases.Where(c => c.Tokenization == "jieba"), c => Assert.NotNull(c.CandidateTokens));
        Assert.Equal(100, cases.Count(c => c.References.Count > 1));
    }

    [SharedFact]
    public void LeadTwentyCorpusMeansMatchCorpusJson()
    {
        using var corpus = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("conformance", "rouge", "corpus.json")));
        var predictions = PredictionsReader.ById(PredictionsReader.Read(SharedData.PathOf("conformance", "rouge", "lead20.predictions.jsonl")));
        var dataset = DatasetLoader.Load(SharedData.PathOf("data", "csl", "test.jsonl"));
        var items = dataset.Documents
            .Select(d => (d.Id, predictions[d.Id].Summary, d.References))
            .ToList();
        Assert.Equal(1000, items.Count);
        var report = CorpusScorer.Score(items, new CorpusScoreOptions { MaxChars = 20 });
        var expected = ConformanceCases.ReadScores(corpus.RootElement.GetProperty("char").GetProperty("rouge155"));
        AssertSummary(expected.Rouge1, report.Rouge1);
        AssertSummary(expected.Rouge2, report.Rouge2);
        AssertSummary(expected.RougeL, report.RougeL);
        Assert.Equal(1, report.Length.Adherence);
        output.WriteLine(ScoreReportJson.Serialize(report, includePerDoc: false));
    }

    [SharedFact]
    public void LeadTwentyJiebaCorpusMeansMatchCorpusJson()
    {
        using var corpus = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("conformance", "rouge", "corpus.json")));
        var predictions = PredictionsReader.ById(PredictionsReader.Read(SharedData.PathOf("conformance", "rouge", "lead20.predictions.jsonl")));
        var items = DatasetLoader.Load(SharedData.PathOf("data", "csl", "test.jsonl")).Documents
            .Select(d => (d.Id, predictions[d.Id].Summary, d.References))
            .ToList();
        var report = CorpusScorer.Score(items, new CorpusScoreOptions { Rouge = new RougeOptions { Tokenizer = JiebaSegmenter.Default } });
        var expected = ConformanceCases.ReadScores(corpus.RootElement.GetProperty("jieba").GetProperty("rouge155"));
        AssertSummary(expected.Rouge1, report.Rouge1);
        AssertSummary(expected.Rouge2, report.Rouge2);
        AssertSummary(expected.RougeL, report.RougeL);
    }

    [SharedFact]
    public void PerDocumentScoresMatchLeadTwentyPerDoc()
    {
        var failures = 0;
        var count = 0;
        foreach (var line in File.ReadLines(SharedData.PathOf("conformance", "rouge", "lead20.perdoc.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var expected = ConformanceCases.ReadScores(root.GetProperty("char").GetProperty("rouge155"));
            var actual = RougeScorer.Score(root.GetProperty("candidate").GetString()!, [root.GetProperty("reference").GetString()!]);
            count++;
            if (Mismatch(expected, actual) is not null)
            {
                failures++;
            }
        }

        Assert.Equal(1000, count);
        Assert.Equal(0, failures);
    }

    internal static string? Mismatch(RougeScores expected, RougeScores actual)
    {
        foreach (var (name, e, a) in new[] { ("rouge1", expected.Rouge1, actual.Rouge1), ("rouge2", expected.Rouge2, actual.Rouge2), ("rougeL", expected.RougeL, actual.RougeL) })
        {
            if (Math.Abs(e.Precision - a.Precision) > Tolerance || Math.Abs(e.Recall - a.Recall) > Tolerance || Math.Abs(e.F1 - a.F1) > Tolerance)
            {
                return $"{name} expected {e} got {a}";
            }
        }

        return null;
    }

    private static void AssertSummary(PrfScore expected, MetricSummary actual)
    {
        Assert.Equal(expected.Precision, actual.Precision, Tolerance);
        Assert.Equal(expected.Recall, actual.Recall, Tolerance);
        Assert.Equal(expected.F1, actual.F1, Tolerance);
        Assert.InRange(expected.F1, actual.CiLow, actual.CiHigh);
    }
}
