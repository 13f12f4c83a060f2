using SummEval.Extractive.Lead;
using SummEval.Extractive.Oracles;
using SummEval.Extractive.TextRank;
using SummEval.Extractive.Tokenization;
using SummEval.Jieba;
using SummEval.Metrics;
using SummEval.Summarizers;
using SummEval.Testing;
using SummEval.Text;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Extractive.Tests;

public sealed class CslQualityTests(ITestOutputHelper output)
{
    private const int Budget = 20;

    // The figure in docs/extractive.md (char ROUGE-L F1 as `summeval run` scores it: 0.5014) minus 0.005; the baseline
    // floor below catches up when the lead refreshes eval-data/baselines/csl-test-20.json.
    private const double TextRankFloor = 0.4964;

    private static TextRankSummarizer Shipped(string spec)
    {
        var factory = new TextRankFactory();
        return (TextRankSummarizer)factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse(spec), factory.Parameters));
    }

    private static double RougeL(string summary, string reference) => RougeScorer.Score(summary, [reference]).RougeL.F1;

    [SharedFact]
    public void TextRankHoldsItsFloorAndBeatsLeadByTwoPointsOnCslTest()
    {
        var documents = CslData.Test();
        var textrank = Shipped("textrank");
        var ours = documents.Select(d => RougeL(textrank.Summarize(d.Source, Budget), d.References[0])).ToArray();
        var lead = documents.Select(d => RougeL(LeadSentenceSummarizer.Summarize(d.Source, Budget), d.References[0])).ToArray();
        output.WriteLine($"CSL test: textrank {ours.Average():F4}, lead-1 {lead.Average():F4}");
        Assert.True(ours.Average() >= TextRankFloor, $"textrank {ours.Average():F4} fell below its floor {TextRankFloor}");
        Assert.True(ours.Average() - lead.Average() >= 0.02, "textrank does not beat lead-1 by 0.02");
        Assert.True(PairedTest.Bootstrap(ours, lead).PValue < 0.05);
    }

    [SharedFact]
    public void TextRankBeatsLeadByTwoPointsOnMultiDomainDev()
    {
        var documents = CslData.Read("csl-md", "dev.jsonl");
        var textrank = Shipped("textrank");
        var ours = documents.Select(d => RougeL(textrank.Summarize(d.Source, Budget), d.References[0])).ToArray();
        var lead = documents.Select(d => RougeL(LeadSentenceSummarizer.Summarize(d.Source, Budget), d.References[0])).ToArray();
        var test = PairedTest.Bootstrap(ours, lead);
        output.WriteLine($"md dev: textrank {ours.Average():F4}, lead-1 {lead.Average():F4}, p = {test.PValue:F4}");
        Assert.True(ours.Average() - lead.Average() >= 0.02, $"textrank {ours.Average():F4} does not beat lead-1 {lead.Average():F4} by 0.02 outside CS");
        Assert.True(test.PValue < 0.05);
    }

    [SharedFact]
    public void TextRankBeatsLeadOnCslTestAndEveryoneKeepsTheBudget()
    {
        var documents = CslData.Test();
        var overlap = Shipped("textrank");
        var bm25 = Shipped("textrank:similarity=bm25");
        var bigram = new TextRankSummarizer(CjkBigramTokenizer.Instance, new TextRankOptions());
        var systems = new (string Name, Func<string, string, string> Run)[]
        {
            ("lead-1", (s, _) => LeadSentenceSummarizer.Summarize(s, Budget)),
            ("lead-chars", (s, _) => LeadCharsSummarizer.Summarize(s, Budget)),
            ("textrank", (s, _) => overlap.Summarize(s, Budget)),
            ("textrank:similarity=bm25", (s, _) => bm25.Summarize(s, Budget)),
            ("textrank:tokenizer=bigram", (s, _) => bigram.Summarize(s, Budget)),
            ("oracle-sentence", (s, r) => OracleSentenceSummarizer.Summarize(s, r, Budget)),
            ("oracle-lcs", (s, r) => OracleLcsSummarizer.Summarize(s, r, Budget)),
        };

        var means = new Dictionary<string, double>();
        var perDoc = new Dictionary<string, double[]>();
        var floors = new List<string>();
        foreach (var (name, run) in systems)
        {
            var items = new List<(string Id, string Candidate, IReadOnlyList<string> References)>();
            foreach (var document in documents)
            {
                var summary = run(document.Source, document.References[0]);
                Assert.True(TextLength.Chars(summary) <= Budget, $"{name} exceeded the budget on {document.Id}: {summary}");
                items.Add((document.Id, summary, document.References));
            }

            // Scored as the leaderboard scores (ROUGE-1.5.5 character ROUGE), so the figures compare with the baseline.
            var report = CorpusScorer.Score(items, new CorpusScoreOptions { MaxChars = Budget });
            perDoc[name] = [.. report.PerDoc.Select(d => d.Rouge.RougeL.F1)];
            means[name] = report.RougeL.F1;
            output.WriteLine($"{name,-26} ROUGE-L F1 = {means[name]:F4}");
            if (name is "lead-1" or "lead-chars" or "textrank" or "oracle-sentence" or "oracle-lcs")
            {
                // The gate's floor: the committed baseline minus its tolerance (read, so a baseline refresh moves it).
                var floor = CommittedBaseline.Floor(name);
                output.WriteLine($"{name,-26} floor {floor:F4} (baseline {CommittedBaseline.F1(name):F4} - {CommittedBaseline.GateTolerance})");
                if (means[name] < floor)
                {
                    floors.Add($"{name} {means[name]:F4} < {floor:F4}");
                }
            }
        }

        Assert.True(floors.Count == 0, $"below {CommittedBaseline.RelativePath} minus the gate's tolerance: {string.Join("; ", floors)}");

        // Paired comparison: textrank must win on average by a margin well beyond noise (paired t statistic > 3).
        var diffs = perDoc["textrank"].Zip(perDoc["lead-1"], (a, b) => a - b).ToArray();
        var mean = diffs.Average();
        var sd = Math.Sqrt(diffs.Sum(d => (d - mean) * (d - mean)) / (diffs.Length - 1));
        var t = mean / (sd / Math.Sqrt(diffs.Length));
        output.WriteLine($"textrank - lead-1 = {mean:F4}, paired t = {t:F2}");
        Assert.True(t > 3, $"textrank does not beat lead-1 significantly: t = {t:F2}");
        Assert.True(means["oracle-lcs"] > means["oracle-sentence"]);
    }
}
