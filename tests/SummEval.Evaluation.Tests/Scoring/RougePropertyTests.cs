using CsCheck;
using SummEval.Metrics;
using SummEval.Testing;
using SummEval.Tokenization;
using Xunit;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>Properties of ROUGE on random texts (fixed seeds), and agreement with a plain transcription of ROUGE-1.5.5.</summary>
public sealed class RougePropertyTests
{
    private static readonly Gen<string[]> References = ScoringGens.Text().Array[1, 3];

    [Fact]
    public void ScoresLieInTheUnitInterval() =>
        PropertyCheck.ForAll(Gen.Select(ScoringGens.Text(), References), t =>
        {
            foreach (var mode in new[] { ReferenceMode.Pooled, ReferenceMode.Best })
            {
                var s = RougeScorer.Score(t.Item1, t.Item2, new RougeOptions { References = mode });
                foreach (var prf in new[] { s.Rouge1, s.Rouge2, s.RougeL })
                {
                    Assert.InRange(prf.Precision, 0, 1);
                    Assert.InRange(prf.Recall, 0, 1);
                    Assert.InRange(prf.F1, 0, 1);
                    Assert.InRange(prf.F1, Math.Min(prf.Precision, prf.Recall), Math.Max(prf.Precision, prf.Recall));
                }
            }
        }, seed: 20261129);

    [Fact]
    public void IdenticalNonEmptyTextsScoreOne() =>
        PropertyCheck.ForAll(ScoringGens.Text(), text =>
        {
            var tokens = text.EnumerateRunes().Count(r => !System.Text.Rune.IsWhiteSpace(r));
            var s = RougeScorer.Score(text, [text]);
            var one = new PrfScore(1, 1, 1);
            Assert.Equal(tokens >= 1 ? one : PrfScore.Zero, s.Rouge1);
            Assert.Equal(tokens >= 1 ? one : PrfScore.Zero, s.RougeL);
            Assert.Equal(tokens >= 2 ? one : PrfScore.Zero, s.Rouge2);
        }, seed: 7);

    [Fact]
    public void DisjointTextsScoreZero() =>
        PropertyCheck.ForAll(Gen.Select(ScoringGens.Text("的模型方法AaBb01.。𠮷 \n", 30), ScoringGens.Text("研究网络数据XxYy89,，😀 \n", 30)), t =>
        {
            Assert.Equal(RougeScores.Zero, RougeScorer.Score(t.Item1, [t.Item2]));
            Assert.Equal(RougeScores.Zero, RougeScorer.Score(t.Item2, [t.Item1]));
            Assert.Equal(RougeScores.Zero, RougeScorer.Score(t.Item1, [t.Item2, "😀" + t.Item2], new RougeOptions { References = ReferenceMode.Best }));
            Assert.Equal(RougeScores.Zero, RougeScorer.Score(t.Item1, [t.Item2, "😀" + t.Item2]));
        }, seed: 11);

    [Fact]
    public void SingleReferenceF1IsSymmetricAndPrecisionSwapsWithRecall() =>
        PropertyCheck.ForAll(Gen.Select(ScoringGens.Text(), ScoringGens.Text()), t =>
        {
            var ab = RougeScorer.Score(t.Item1, [t.Item2]);
            var ba = RougeScorer.Score(t.Item2, [t.Item1]);
            var pairs = new List<(PrfScore, PrfScore)> { (ab.Rouge1, ba.Rouge1), (ab.Rouge2, ba.Rouge2) };
            if (!t.Item1.Contains('\n') && !t.Item2.Contains('\n'))
            {
                // Summary-level ROUGE-L unions LCS positions over *reference* lines, so it is symmetric for
                // single-line texts only (as in ROUGE-1.5.5; see MultiLineRougeLIsNotSymmetric).
                pairs.Add((ab.RougeL, ba.RougeL));
            }

            foreach (var (x, y) in pairs)
            {
                Assert.Equal(x.F1, y.F1, 12);
                Assert.Equal(x.Precision, y.Recall, 12);
                Assert.Equal(x.Recall, y.Precision, 12);
            }
        }, seed: 3, iterations: 1000);

    [Fact]
    public void MultiLineRougeLIsNotSymmetric()
    {
        // Reference 甲乙乙甲 against candidate lines 甲乙 / 乙甲: the union of the two LCS marks positions 0, 2, 3
        // (ties backtrack upwards), 3 hits. Swapped, each reference line is matched whole: 4 hits.
        var ab = RougeScorer.Score("甲乙\n乙甲", ["甲乙乙甲"]);
        var ba = RougeScorer.Score("甲乙乙甲", ["甲乙\n乙甲"]);
        Assert.Equal(ab.Rouge1, ba.Rouge1);
        Assert.Equal(new PrfScore(0.75, 0.75, 0.75), ab.RougeL);
        Assert.Equal(new PrfScore(1, 1, 1), ba.RougeL);
    }

    [Fact]
    public void MatchesAPlainTranscriptionOfRouge155() =>
        PropertyCheck.ForAll(Gen.Select(ScoringGens.Text(120), ScoringGens.Text(120).Array[1, 3]), t =>
        {
            var expected = NaiveRouge.Score(t.Item1, t.Item2);
            Assert.Null(RougeConformanceTests.Mismatch(expected, RougeScorer.Score(t.Item1, t.Item2)));
        }, seed: 5, iterations: 250);

    [Fact]
    public void WordLevelWithOneWordPerCharacterEqualsCharacterLevel() =>
        PropertyCheck.ForAll(Gen.Select(ScoringGens.Text(), References), t =>
        {
            var words = new RougeOptions { Tokenizer = new CodePointTokenizer() };
            Assert.Equal(RougeScorer.Score(t.Item1, t.Item2), RougeScorer.Score(t.Item1, t.Item2, words));
        }, seed: 13);

    [Fact]
    public void BestIsTheReferenceWithTheHighestF1PerMetric() =>
        PropertyCheck.ForAll(Gen.Select(ScoringGens.Text(), References), t =>
        {
            var best = RougeScorer.Score(t.Item1, t.Item2, new RougeOptions { References = ReferenceMode.Best });
            var each = t.Item2.Select(r => RougeScorer.Score(t.Item1, [r])).ToList();
            Assert.Equal(each.MaxBy(s => s.Rouge1.F1)!.Rouge1, best.Rouge1);
            Assert.Equal(each.MaxBy(s => s.Rouge2.F1)!.Rouge2, best.Rouge2);
            Assert.Equal(each.MaxBy(s => s.RougeL.F1)!.RougeL, best.RougeL);
        }, seed: 17);

    /// <summary>Splits into code points, so word level must reproduce character level exactly.</summary>
    private sealed class CodePointTokenizer : ITextTokenizer
    {
        public string Name => "codepoints";

        public IReadOnlyList<string> Tokenize(string text) => text.EnumerateRunes().Select(r => r.ToString()).ToList();
    }
}
