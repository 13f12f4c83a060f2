using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A summary of several pieces never says one thing twice: a consensus candidate in which one piece repeats at least half
/// of another is left out (<see cref="TextRankOptions.RepeatShare"/>, round 21). Only budgets with room for two pieces see it.
/// </summary>
public sealed class RepeatedPiecesTests
{
    private const string Controller =
        "针对四旋翼飞行器负载变化下的姿态控制问题，设计了一套模糊滑模变结构控制器，滑模变结构控制器将负载作为干扰项，" +
        "利用模糊规则调节切换增益，削弱了滑模变结构控制的抖振。仿真结果表明，该控制器在负载突变时仍能保持姿态稳定。";

    [Theory]
    [InlineData(new[] { "一套模糊滑模变结构控制器", "滑模变结构控制器将负载作为干扰项" }, true)] // 8 of the shorter's 12
    [InlineData(new[] { "四旋翼飞行器的姿态控制", "利用模糊规则调节切换增益" }, false)]
    [InlineData(new[] { "急诊手术治疗嵌顿痔的疗效", "观察组采用急诊手术治疗" }, true)]
    [InlineData(new[] { "一套模糊滑模变结构控制器" }, false)] // one piece repeats nothing
    public void APieceRepeatingHalfOfAnotherIsARepeat(string[] pieces, bool expected) =>
        Assert.Equal(expected, RepeatedPieces.Any(pieces, [.. Enumerable.Range(0, pieces.Length)], 0.5));

    [Fact]
    public void TheShareIsOfTheShorterPieceLettersAndDigitsOnly() =>
        // "ABCD，" and "AB-xyz-CD": LCS 4 of the shorter's 4 units, punctuation aside.
        Assert.True(RepeatedPieces.Any(["ABCD，", "AB-xyz-CD"], [0, 1], 1.0));

    [Fact]
    public void NoSummaryOfTheControllerAbstractSaysOneThingTwice()
    {
        var offered = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { RepeatShare = null });
        var today = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        var before = offered.Summarize(Controller, 40);
        var after = today.Summarize(Controller, 40);
        Assert.True(Repeats(before), $"without the rule: {before}");
        Assert.False(Repeats(after), $"with it: {after}");
    }

    [SharedFact]
    public void MultiDomainSummariesAtFortyNoLongerRepeatThemselves()
    {
        // md dev documents whose 40-character summary said one thing twice before round 21.
        var documents = CslData.Read("csl-md", "dev.jsonl").Where(d => d.Id is "cslmd-dev-0049" or "cslmd-dev-0105" or "cslmd-dev-0573").ToList();
        Assert.Equal(3, documents.Count);
        var offered = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { RepeatShare = null });
        var today = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var document in documents)
        {
            var before = offered.Summarize(document.Source, 40);
            var after = today.Summarize(document.Source, 40);
            Assert.True(Repeats(before), $"{document.Id} without the rule: {before}");
            Assert.False(Repeats(after), $"{document.Id} with it: {after}");
        }
    }

    [Fact]
    public void TheFirstPairIsTheChosenPiecesThatRepeat() =>
        Assert.Equal((2, 0), RepeatedPieces.FirstPair(["幼年透明蛋白纤维瘤病", "患儿男", "诊断:幼年透明蛋白纤维瘤病"], [2, 1, 0], 0.5));

    /// <summary>
    /// Sentences chosen whole keep no pair that says one thing twice either (before: textrank
    /// <c>幼年透明蛋白纤维瘤病.诊断:幼年透明蛋白纤维瘤病</c> at 40 for a case report, its opening and its diagnosis; md dev 0901).
    /// </summary>
    [Fact]
    public void NoSummaryOfWholeSentencesSaysOneThingTwice()
    {
        const string CaseReport = "报告1例幼年透明蛋白纤维瘤病.患儿男,2个月.躯干散在6个梭形黄豆至枣核大皮下结节1个月,触之呈软骨样硬度,系统检查无异常.组织病理学检查显示真皮内瘤细胞浸没在嗜酸性透明基质中,呈软骨样外观.诊断:幼年透明蛋白纤维瘤病.";
        var offered = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { RepeatShare = null });
        var today = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        Assert.Equal("幼年透明蛋白纤维瘤病.诊断:幼年透明蛋白纤维瘤病", offered.Summarize(CaseReport, 40));
        Assert.Equal("幼年透明蛋白纤维瘤病", today.Summarize(CaseReport, 40));

        // Only a sentence nearly inside another repeats it, and the shorter goes (a title over the sentence that says it).
        const string Essay = "我的妈妈\n我的妈妈是一名普通的护士。她每天很早就去上班，很晚才回家。";
        Assert.Equal("我的妈妈。我的妈妈是一名普通的护士", offered.Summarize(Essay, 20));
        Assert.Equal("我的妈妈是一名普通的护士", today.Summarize(Essay, 20));
        const string Story = "小明的爸爸是一名消防员。第二天，小明在作文里写道：“我的爸爸是英雄！”";
        Assert.Equal(offered.Summarize(Story, 60), today.Summarize(Story, 60));
    }

    [SharedFact]
    public void AtTwentyCharactersNothingChanges()
    {
        // One piece fills 20 characters: the rule has nothing to compare (CSL train and md dev byte for byte, checked in full
        // when it was adopted; here the first 200 of each).
        var offered = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { RepeatShare = null });
        var today = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var document in CslData.Read("csl", "train.jsonl").Take(200).Concat(CslData.Read("csl-md", "dev.jsonl").Take(200)))
        {
            Assert.Equal(offered.Summarize(document.Source, 20), today.Summarize(document.Source, 20));
        }
    }

    // The summary's comma-separated pieces, two of which share half of the shorter one.
    private static bool Repeats(string summary)
    {
        var pieces = summary.Split('，', StringSplitOptions.RemoveEmptyEntries);
        return RepeatedPieces.Any(pieces, [.. Enumerable.Range(0, pieces.Length)], 0.5);
    }
}
