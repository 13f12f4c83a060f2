using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>Round 4's textrank rules: well-formed cuts, list clauses, the plain document's opening sentence, forward coverage.</summary>
public sealed class TextRankRound4Tests
{
    private static readonly TextRankOptions Neutral = new()
    {
        PositionDecay = 0,
        ObjectiveWeight = 1,
        ResultWeight = 1,
        PlainLeadWeight = 1,
        LeadSentenceCandidate = false,
        ForwardWeight = 0,
        EnumerationWeight = 1,
        WellFormedCuts = false,
        ConsensusWeight = 0,
    };

    [Fact]
    public void ACutNeverEndsOnAFunctionWordOrInsideBrackets()
    {
        // Token ends of 基于|深度|学习|的|图像|分类 and of 补肾|活血汤|(|肾虚|血瘀.
        Assert.Equal(3, WellFormedCut.Count("基于深度学习的图像分类", [2, 4, 6, 7, 9, 11], 4));
        Assert.Equal(6, WellFormedCut.Count("基于深度学习的图像分类", [2, 4, 6, 7, 9, 11], 6));
        Assert.Equal(2, WellFormedCut.Count("补肾活血汤(肾虚血瘀", [2, 5, 6, 8, 10], 5));
        Assert.Equal(5, WellFormedCut.Count("补肾活血汤(肾虚)", [2, 5, 6, 8, 9], 5));
        Assert.Equal(0, WellFormedCut.Count("的与", [1, 2], 2));

        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        var clause = summarizer.Analyze("观察补肾活血汤治疗老年单纯收缩期高血压患者的临床疗效。").Clauses.Single();
        Assert.EndsWith("的", clause.Prefix(20).Text, StringComparison.Ordinal);
        Assert.EndsWith("患者", clause.Prefix(20, wellFormed: true).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListClausesAreCountedAndPenalized()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, Neutral);
        var clause = summarizer.Analyze("测定土壤中铜、锌、铅和镉的含量。").Clauses.Single();
        Assert.Equal(3, clause.ListMarksWithin(clause.Text.Length));
        Assert.Equal(1, clause.ListMarksWithin(clause.Text.IndexOf('锌', StringComparison.Ordinal)));

        const string source = "铜、锌、铅和镉污染土壤。土壤污染影响作物。铜锌铅镉来自工业。";
        var unpenalized = new TextRankSummarizer(JiebaSegmenter.Default, Neutral with { MinClauseChars = 6, CutLongClauses = false });
        Assert.Equal("铜、锌、铅和镉污染土壤", unpenalized.Summarize(source, 11));
        var penalized = new TextRankSummarizer(JiebaSegmenter.Default, unpenalized.Options with { EnumerationWeight = 0.1 });
        Assert.DoesNotContain("、", penalized.Summarize(source, 11), StringComparison.Ordinal);
    }

    [Fact]
    public void APlainDocumentsOpeningSentenceIsOneCandidate()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, Neutral);
        const string plain = "城市峡谷中,卫星信号多路径效应严重,定位误差大。构造观测值权重模型。实验表明定位精度提高。";
        Assert.NotNull(summarizer.Analyze(plain).Lead);
        Assert.Null(summarizer.Analyze("目的 观察针刺的疗效。方法 将60例患者分为两组。").Lead);
        Assert.Null(summarizer.Analyze("本文提出一种定位方法。实验表明定位精度提高。").Lead);
        Assert.True(summarizer.Analyze(plain).IsPlain(6));
        Assert.False(summarizer.Analyze(plain).IsPlain(2));

        // Clauses are joined without their commas; the opening sentence as a whole keeps its own.
        Assert.DoesNotContain(",", summarizer.Summarize(plain, 20), StringComparison.Ordinal);
        var leading = new TextRankSummarizer(JiebaSegmenter.Default, Neutral with { LeadSentenceCandidate = true, PlainLeadWeight = 10 });
        Assert.StartsWith("城市峡谷中,卫星信号", leading.Summarize(plain, 20), StringComparison.Ordinal);
        var tooLong = new TextRankSummarizer(JiebaSegmenter.Default, leading.Options with { PlainMaxSentences = 2 });
        Assert.DoesNotContain(",", tooLong.Summarize(plain, 20), StringComparison.Ordinal);
    }

    [Fact]
    public void ForwardCoveragePrefersTheClauseLaterSentencesTakeUp()
    {
        // Two clauses of one sentence: the second's words recur only later, the first's only earlier.
        const string source = "城市热岛效应显著。城市热岛效应,遥感影像分类。遥感影像分类精度。";
        var backward = new TextRankSummarizer(JiebaSegmenter.Default, Neutral with { MinClauseChars = 6, CutLongClauses = false, ForwardWeight = -1 });
        var forward = new TextRankSummarizer(JiebaSegmenter.Default, backward.Options with { ForwardWeight = 1 });
        Assert.Equal("城市热岛效应", backward.Summarize(source, 6));
        Assert.Equal("遥感影像分类", forward.Summarize(source, 6));
    }
}
