using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Round 8's textrank cut defects: formulas, numbers and their units stay whole; a list item followed by a predicate is
/// whole; a cut never ends on a word that needs what follows. Each rule is checked on and off.
/// </summary>
public sealed class TextRankRound8CutTests
{
    private static readonly TextRankSummarizer On = Shipped(o => o);
    private static readonly TextRankSummarizer NoSymbols = Shipped(o => o with { WellFormedSymbols = false });
    private static readonly TextRankSummarizer NoVerbs = Shipped(o => o with { WellFormedListVerbs = false });
    private static readonly TextRankSummarizer NoComplements = Shipped(o => o with { WellFormedComplements = false });

    // The shipped options with one change, over Jieba's default dictionary.
    private static TextRankSummarizer Shipped(Func<TextRankOptions, TextRankOptions> change) => new(JiebaSegmenter.Default, change(new TextRankOptions()));

    [Fact]
    public void AFinalSignOrUnitStaysWithItsToken()
    {
        // Token ends of 吸附|Cd2|+|、|Pb2|+: a cut after the charge keeps it; without the rule it is dropped (Cd2).
        Assert.Equal(3, WellFormedCut.Count("吸附Cd2+、Pb2+", [2, 5, 6, 7, 10, 11], 3));
        Assert.Equal(2, WellFormedCut.Count("吸附Cd2+、Pb2+", [2, 5, 6, 7, 10, 11], 3, WellFormedCutRules.All & ~WellFormedCutRules.Symbols));

        // x′, 15‰ and 30° keep their mark; a mark after a function word or space is still dropped.
        Assert.Equal(4, WellFormedCut.Count("变量为x′的值", [2, 3, 4, 5, 6, 7], 4));
        Assert.Equal(3, WellFormedCut.Count("变量为x′的值", [2, 3, 4, 5, 6, 7], 4, WellFormedCutRules.All & ~WellFormedCutRules.Symbols));
        Assert.Equal(3, WellFormedCut.Count("盐度15‰的海水", [2, 4, 5, 6, 8], 3));
        Assert.Equal(2, WellFormedCut.Count("盐度15‰的海水", [2, 4, 5, 6, 8], 3, WellFormedCutRules.All & ~WellFormedCutRules.Symbols));
        Assert.Equal(1, WellFormedCut.Count("方法 +", [2, 3, 4], 3));

        // A charge follows a formula with a letter, not a bare number (2-甲基: a locant's hyphen), nor a bracket.
        Assert.Equal(1, WellFormedCut.Count("制得2-(甲基)", [2, 3, 4, 5, 7, 8], 3));
    }

    [Fact]
    public void ACutNeverSplitsAFormulaOrNumber()
    {
        // K|-|means, 30|°|C: the cut backs off the whole formula.
        Assert.Equal(1, WellFormedCut.Count("改进K-means", [2, 3, 4, 9], 2));
        Assert.Equal(1, WellFormedCut.Count("改进K-means", [2, 3, 4, 9], 3));
        Assert.Equal(2, WellFormedCut.Count("改进K-means", [2, 3, 4, 9], 2, WellFormedCutRules.All & ~WellFormedCutRules.Symbols));
        Assert.Equal(1, WellFormedCut.Count("温度30°C", [2, 4, 5, 6], 3));
        Assert.Equal(1, WellFormedCut.Count("温度30°C", [2, 4, 5, 6], 2));

        // A bare number is not cut from the word it counts or measures (6|种, 80|年代), but may end before 的 or 、.
        Assert.Equal(2, WellFormedCut.Count("测得组成6种单糖", [2, 4, 5, 6, 8], 3));
        Assert.Equal(3, WellFormedCut.Count("测得组成6种单糖", [2, 4, 5, 6, 8], 3, WellFormedCutRules.All & ~WellFormedCutRules.Symbols));
        Assert.Equal(3, WellFormedCut.Count("测得浓度6的溶液", [2, 4, 5, 6, 8], 3));

        // A formula with letters is whole before an ideograph (TiO2|纳米粒).
        Assert.Equal(2, WellFormedCut.Count("制备TiO2纳米粒", [2, 6, 9], 2));
    }

    [Fact]
    public void AnAsciiQuoteIsNeverLeftOpen()
    {
        // Token ends of 大会|暨|"|全球化|与: the cut after 全球化 backs off to before the open quote.
        Assert.Equal(2, WellFormedCut.Count("大会暨\"全球化与", [2, 3, 4, 7, 8], 4));
        Assert.Equal(4, WellFormedCut.Count("大会暨\"全球化与", [2, 3, 4, 7, 8], 4, WellFormedCutRules.All & ~WellFormedCutRules.Symbols));

        // Closed quotes, and an ASCII quote closed by ” (sources mix them), are kept.
        Assert.Equal(5, WellFormedCut.Count("大会暨\"全球化\"", [2, 3, 4, 7, 8], 5));
        Assert.Equal(5, WellFormedCut.Count("采用\"四新”技术", [2, 3, 5, 6, 8], 5));
    }

    // Synthetic sentences shaped like multi-domain dev 0743, 0739, 0548 and CSL train 0271: without the rule the
    // 20-character summary ends in a broken formula (K for K+, Cd2 for Cd2+, K of K-means) or a number without its unit.
    [Fact]
    public void TheSummaryEndsOnAWholeFormulaOrNumber()
    {
        (string Source, string Broken, string Whole)[] cases =
        [
            ("本文主要研究了内蒙古草原马蔺盐胁迫下的生长状况与K+、Na+含量。", "与K", "内蒙古草原马蔺盐胁迫下的生长状况与K+"),
            ("系统研究了沉积物对Cd2+、Pb2+的吸附特征。", "Cd2", "系统研究了沉积物对Cd2+、Pb2+"),
            ("文艺美学作为一门学科产生于20世纪80年代初期。", "世纪80", "文艺美学作为一门学科产生于20世纪"),
            ("基于混沌Duffing振子的K-means聚类算法检测微弱信号。", "的K", "基于混沌Duffing振子"),
        ];
        var broken = cases.Select(c => NoSymbols.Summarize(c.Source, 20)).ToArray();
        var whole = cases.Select(c => On.Summarize(c.Source, 20)).ToArray();
        Assert.All(cases.Zip(broken), p => Assert.EndsWith(p.First.Broken, p.Second, StringComparison.Ordinal));
        Assert.Equal(cases.Select(c => c.Whole), whole);
    }

    [Fact]
    public void AListItemFollowedByAPredicateIsWhole()
    {
        // Multi-domain dev 0594's shape: 内容|、|特征|及|属性|进行: the light verb 进行 takes the list as its object.
        Assert.True(WellFormedCut.IsVerb("进行"));
        Assert.False(WellFormedCut.IsVerb("属性"));
        Assert.False(WellFormedCut.IsVerb("属"));
        Assert.Equal(5, WellFormedCut.Count("内容、特征及属性进行", [2, 3, 5, 6, 8, 10], 5));
        Assert.Equal(3, WellFormedCut.Count("内容、特征及属性进行", [2, 3, 5, 6, 8, 10], 5, WellFormedCutRules.All & ~WellFormedCutRules.ListVerbs));

        // A verb with an aspect marker (完成|了) is a predicate too; a verb alone continues a noun phrase
        // (配套|验证|器 in CSL train 0790: Jieba's dictionary tags 验证 v).
        Assert.True(WellFormedCut.OpensPredicate("完成", "了"));
        Assert.False(WellFormedCut.OpensPredicate("验证", "器"));
        Assert.False(WellFormedCut.OpensPredicate("验证", []));
        Assert.Equal(1, WellFormedCut.Count("瓶盖、配套验证器", [2, 3, 5, 7, 8], 3));
        Assert.Equal(3, WellFormedCut.Count("内容、特征完成了", [2, 3, 5, 7, 8], 3));
        Assert.Equal(1, WellFormedCut.Count("内容、特征完成了", [2, 3, 5, 7, 8], 3, WellFormedCutRules.All & ~WellFormedCutRules.ListVerbs));

        // A noun after the item still continues it (气|单胞菌属).
        Assert.Equal(1, WellFormedCut.Count("不动杆菌属、气单胞菌属", [5, 6, 7, 9, 11], 3));

        const string source = "本文对达斡尔族北疆田园文化的内容、特征及属性进行了研究。";
        Assert.EndsWith("的内容、特征", NoVerbs.Summarize(source, 20), StringComparison.Ordinal);
        Assert.EndsWith("的内容、特征及属性", On.Summarize(source, 20), StringComparison.Ordinal);
    }

    [Fact]
    public void ACutNeverEndsOnAWordThatNeedsWhatFollows()
    {
        // Token ends of 对|信号|进行|分析, 方法|存在|缺陷, 计算|较为|复杂, 文献|中是|一个|十分|重要: the cut backs off.
        Assert.Equal(2, WellFormedCut.Count("对信号进行分析", [1, 3, 5, 7], 3));
        Assert.Equal(3, WellFormedCut.Count("对信号进行分析", [1, 3, 5, 7], 3, WellFormedCutRules.All & ~WellFormedCutRules.Complements));
        Assert.Equal(1, WellFormedCut.Count("方法存在缺陷", [2, 4, 6], 2));
        Assert.Equal(1, WellFormedCut.Count("计算较为复杂", [2, 4, 6], 2));
        Assert.Equal(1, WellFormedCut.Count("文献中是一个十分重要", [2, 4, 6, 8, 10], 4));
        // Jieba tags 十分 a numeral (m), so round 10's modifier rule backs it off too: off here to see this rule alone.
        Assert.Equal(4, WellFormedCut.Count("文献中是一个十分重要", [2, 4, 6, 8, 10], 4, WellFormedCutRules.All & ~(WellFormedCutRules.Complements | WellFormedCutRules.Modifiers)));
        Assert.True(WellFormedCut.NeedsComplement("而是"));
        Assert.False(WellFormedCut.NeedsComplement("实事求是"));
        Assert.False(WellFormedCut.NeedsComplement("研究"));

        // CSL train 0062's shape: without the rule the 20-character summary ends on 进行.
        const string source = "需要对数字多媒体网络通信延迟消除方法进行深入研究。";
        Assert.EndsWith("进行", NoComplements.Summarize(source, 20), StringComparison.Ordinal);
        Assert.Equal("需要对数字多媒体网络通信延迟消除方法", On.Summarize(source, 20));
    }
}
