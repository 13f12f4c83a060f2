using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>Round 5's textrank: the shared knapsack table, well-formed cuts on Jieba tokens, consensus selection, dangling clauses.</summary>
public sealed class TextRankRound5Tests
{
    [Fact]
    public void SelectEitherChoosesWhatTwoSelectionsChoose()
    {
        // Random lists sharing a tail, with ties (values drawn from a few steps) and budgets from 0 to past the totals.
        var random = new Random(7);
        for (var trial = 0; trial < 500; trial++)
        {
            var tail = random.Next(0, 6);
            var (lengths, values) = Units(random, random.Next(0, 4) + tail);
            var (alternativeLengths, alternativeValues) = Units(random, random.Next(0, 3));
            alternativeLengths.AddRange(lengths.Skip(lengths.Count - tail));
            alternativeValues.AddRange(values.Skip(values.Count - tail));
            var budget = random.Next(0, 45);
            var (chosen, alternativeChosen) = BudgetedSelector.SelectEither(lengths, values, alternativeLengths, alternativeValues, tail, budget);
            Assert.Equal(BudgetedSelector.Select(lengths, values, budget), chosen);
            Assert.Equal(BudgetedSelector.Select(alternativeLengths, alternativeValues, budget), alternativeChosen);
        }
    }

    [Fact]
    public void ACutNeverEndsOnATokenThatEndsInAFunctionCharacter()
    {
        // Jieba keeps 现状及 and 有助于 whole; the cut backs off past them (token ends of 生产|现状及|市场).
        Assert.Equal(1, WellFormedCut.Count("生产现状及市场", [2, 5, 7], 2));
        Assert.Equal(2, WellFormedCut.Count("生产现状及市场", [2, 5, 7], 2, WellFormedCutRules.All & ~WellFormedCutRules.TokenEndings));
        Assert.Equal(1, WellFormedCut.Count("训练有助于提高", [2, 5, 7], 2));
        Assert.True(WellFormedCut.EndsOpen("现状及"));
        Assert.True(WellFormedCut.EndsOpen("用于"));
        Assert.True(WellFormedCut.EndsOpen("难以"));
        Assert.False(WellFormedCut.EndsOpen("及"));
        Assert.False(WellFormedCut.EndsOpen("参与"));
        Assert.False(WellFormedCut.EndsOpen("不饱和"));
        Assert.False(WellFormedCut.EndsOpen("目的"));
        Assert.False(WellFormedCut.EndsOpen("模型"));

        // Multi-domain dev 0466: round 4's cut ended "...生产现状及".
        const string source = "阐述了铌及其制品的主要应用情况、生产现状及市场供应情况，并对其技术进展进行讨论。";
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        var before = new TextRankSummarizer(JiebaSegmenter.Default, summarizer.Options with { WellFormedTokenEndings = false, WellFormedListItems = false });
        Assert.EndsWith("现状及", before.Summarize(source, 20), StringComparison.Ordinal);
        Assert.False(WellFormedCut.EndsOpen(summarizer.Summarize(source, 20).AsSpan()[^3..]));
        Assert.DoesNotContain("现状及", summarizer.Summarize(source, 20), StringComparison.Ordinal);
    }

    /// <summary>
    /// Stop 60: jieba's HMM glues the preposition 对 to the noun before it (系统对|COD…), and a wastewater probe gave textrank
    /// <c>不同水力停留时间和污泥龄条件下系统对</c> at 20. A token ending in 对 is open, unless it is a word of its own (针对, 相对).
    /// </summary>
    [Fact]
    public void ATokenEndingOnThePrepositionDuiIsOpen()
    {
        Assert.True(WellFormedCut.EndsOpen("系统对"));
        Assert.False(WellFormedCut.EndsOpen("针对"));
        Assert.False(WellFormedCut.EndsOpen("相对"));
        Assert.False(WellFormedCut.EndsOpen("对"));
        const string Source = "以某城市污水处理厂为研究对象，采用厌氧—缺氧—好氧（A2/O）工艺结合膜生物反应器（MBR），考察了不同水力停留时间（HRT）和污泥龄（SRT）条件下系统对COD、NH4+-N、TN和TP的去除效果。"
            + "当HRT为10 h、SRT为20 d时，出水COD、NH4+-N、TN和TP的平均浓度分别为18.6、0.8、9.2和0.3 mg/L。";
        var summary = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions()).Summarize(Source, 20);
        Assert.False(summary.EndsWith('对'), summary);
    }

    [Fact]
    public void ConsensusPrefersTheCandidateTheOthersAgreeWith()
    {
        string[] texts = ["城市热岛效应遥感", "土壤重金属污染", "城市热岛效应分析", "城市热岛遥感监测"];
        double[] values = [1.0, 1.05, 0.9, 0.9];
        Assert.Equal(1, ConsensusSelector.Choose(texts, values, 0));
        Assert.Equal(0, ConsensusSelector.Choose(texts, values, 0.5));
        Assert.Equal(0, ConsensusSelector.Choose(texts, values, 1));
        Assert.Equal(0, ConsensusSelector.Choose(["一"], [1.0], 1));
    }

    [Fact]
    public void ConsensusSelectionChoosesAmongTheKnapsacksAlternatives()
    {
        // The knapsack's best (w = 0) is what consensus off returns; with w = 1 the summary is one of the pool's
        // candidates, the one most like the others, and a different one here.
        // CSL train: the knapsack's best is the problem clause; the candidates agree on the proposed algorithm.
        const string source = "针对传统特征选择算法分类准确率较低的问题,提出了基于词向量的文本特征选择改进算法。以微博数据为研究对象进行情感分类,提出类别区分能力强的特征项的相似项同时具有较强的类别区分能力,将Word2vec训练得到的词向量应用到传统的特征选择过程中,根据词向量之间存在的相似性关联对特征项进行适当扩充。实验结果表明,所提出的特征选择算法相比原特征选择算法其分类准确率有一定程度的改进。";
        var off = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { ConsensusWeight = 0 });
        var zero = new TextRankSummarizer(JiebaSegmenter.Default, off.Options with { ConsensusWeight = 1e-9, ConsensusPool = 8 });
        var full = new TextRankSummarizer(JiebaSegmenter.Default, off.Options with { ConsensusWeight = 1, ConsensusPool = 8 });
        Assert.Equal(off.Summarize(source, 20), zero.Summarize(source, 20));
        Assert.Equal("传统特征选择算法分类准确率较低的问题", off.Summarize(source, 20));
        Assert.Equal("基于词向量的文本特征选择改进算法", full.Summarize(source, 20));

        // The default (w 0.75 over 16 candidates, chosen by cross-validation) takes the consensus.
        Assert.Equal("基于词向量的文本特征选择改进算法", new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions()).Summarize(source, 20));
        foreach (var budget in new[] { 0, 5, 10, 20, 30 })
        {
            Assert.True(SummEval.Text.TextLength.Chars(full.Summarize(source, budget)) <= budget);
        }
    }

    [Fact]
    public void BitParallelLcsAgreesWithTheTable()
    {
        // Random sequences over a small alphabet (many matches), lengths 0 to 70 (past one 64-bit word).
        var random = new Random(11);
        var units = Enumerable.Range(0, 60).Select(_ => Enumerable.Range(0, random.Next(0, 71)).Select(_ => 0x4E00 + random.Next(0, 6)).ToArray()).ToArray();
        var lcs = new BitParallelLcs(units);
        for (var a = 0; a < units.Length; a++)
        {
            for (var b = 0; b < units.Length; b++)
            {
                Assert.Equal(Oracles.Lcs.Length(units[a], units[b]), lcs.Length(a, b));
            }
        }
    }

    [Fact]
    public void LcsUnitsFastPathReadsAsRunes()
    {
        // CJK, ASCII letters in both cases, digits, punctuation, full-width letters, a surrogate pair and lone surrogates.
        string[] pieces = ["模型", "ABc", "3.5", "，", "（", "Ａｂ", "𠀀", "\uD800", "\uDC00", " ", "é", "鿿", "〇"];
        var random = new Random(5);
        for (var trial = 0; trial < 300; trial++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(RuneUnits(text), Oracles.Lcs.Units(text));
        }
    }

    // The plain reading Lcs.Units' CJK fast path must agree with: every rune, letters and digits, lower-cased.
    private static int[] RuneUnits(string text) =>
        [.. text.EnumerateRunes().Where(System.Text.Rune.IsLetterOrDigit).Select(r => System.Text.Rune.ToLowerInvariant(r).Value)];

    private static (List<int> Lengths, List<double> Values) Units(Random random, int count)
    {
        var lengths = Enumerable.Range(0, count).Select(_ => random.Next(1, 15)).ToList();
        var values = Enumerable.Range(0, count).Select(_ => random.Next(-1, 5) * 0.5).ToList();
        return (lengths, values);
    }
}
