using SummEval.Extractive.Lead;
using SummEval.Extractive.Oracles;
using SummEval.Extractive.TextRank;
using SummEval.Extractive.Tokenization;
using SummEval.Jieba;
using SummEval.Scoring;
using SummEval.Summarizers;
using SummEval.Testing;
using SummEval.Text;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Extractive.Tests;

public sealed class CslQualityTests(ITestOutputHelper output)
{
    private const int Budget = 20;

    // The committed figure (docs/extractive.md, char ROUGE-L F1 as `summeval run` scores it: 0.4402) minus 0.005.
    private const double TextRankFloor = 0.435;

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
        var bm25 = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { Similarity = SimilarityKind.Bm25 });
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
        foreach (var (name, run) in systems)
        {
            var scores = new double[documents.Count];
            for (var i = 0; i < documents.Count; i++)
            {
                var summary = run(documents[i].Source, documents[i].References[0]);
                Assert.True(TextLength.Chars(summary) <= Budget, $"{name} exceeded the budget on {documents[i].Id}: {summary}");
                scores[i] = Lcs.RougeLF1(summary, documents[i].References[0]);
            }

            perDoc[name] = scores;
            means[name] = scores.Average();
            output.WriteLine($"{name,-26} ROUGE-L F1 = {means[name]:F4}");
        }

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
