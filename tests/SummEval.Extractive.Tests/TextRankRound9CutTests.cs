using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Round 9's textrank cut defects: a cut never ends inside a Latin phrase, on a word that needs a clause after it, inside
/// a hyphenated name, or on a verb and aspect marker whose object the source goes on to. Each rule is checked on and off.
/// </summary>
public sealed class TextRankRound9CutTests
{
    // The 20-character summary of the shipped options, or of them with one change, over Jieba's default dictionary.
    private static string Summary(string source, Func<TextRankOptions, TextRankOptions>? change = null) =>
        new TextRankSummarizer(JiebaSegmenter.Default, (change ?? (o => o))(new TextRankOptions())).Summarize(source, 20);

    [Fact]
    public void ACutNeverEndsInsideALatinPhrase()
    {
        // Token ends of 第二篇|文章|An| |On|-|Line: a cut after An backs off to before the phrase; the whole phrase is kept.
        const string text = "第二篇文章An On-Line";
        int[] ends = [3, 5, 7, 8, 10, 11, 15];
        Assert.Equal(2, WellFormedCut.Count(text, ends, 3));
        Assert.Equal(2, WellFormedCut.Count(text, ends, 5));
        Assert.Equal(3, WellFormedCut.Count(text, ends, 3, WellFormedCutRules.All & ~WellFormedCutRules.LatinPhrases));
        Assert.Equal(7, WellFormedCut.Count(text, ends, 7));

        // A Latin word before a space and an ideograph ends its phrase; an English clause is still cut between its words
        // (nothing would be left before the phrase).
        Assert.Equal(2, WellFormedCut.Count("采用LSTM 模型", [2, 6, 7, 9], 3));

        // A product's name with its number goes whole too (stop 61's launch probe: 新一代旗舰手机Mate at 20).
        Assert.Equal(1, WellFormedCut.Count("旗舰手机Mate 60 Pro", [4, 8, 9, 11, 12, 15], 2));
        Assert.Equal(1, WellFormedCut.Count("旗舰手机Mate 60 Pro", [4, 8, 9, 11, 12, 15], 4));
        Assert.Equal(2, WellFormedCut.Count("旗舰手机Mate 60 Pro", [4, 8, 9, 11, 12, 15], 2, WellFormedCutRules.All & ~WellFormedCutRules.LatinPhrases));
        Assert.Equal(6, WellFormedCut.Count("旗舰手机Mate 60 Pro", [4, 8, 9, 11, 12, 15], 6));
        Assert.Equal(3, WellFormedCut.Count("FWI is still facing", [3, 4, 6, 7, 12, 13, 19], 3));

        // Multi-domain dev 0977's shape: without the rule the 20-character summary ends on the article's An.
        const string source = "本文译自该专刊的第二篇文章An On-Line Interview with Noam Chomsky。";
        Assert.EndsWith("An", Summary(source, o => o with { WellFormedLatinPhrases = false }), StringComparison.Ordinal);
        Assert.DoesNotContain("An", Summary(source), StringComparison.Ordinal);
    }

    [Fact]
    public void ACutNeverEndsOnAConnective()
    {
        // Token ends of 概念|含义|复杂|但|却|十分|重要, 首先|需|建立, 实例|化为|可|执行: the cut backs off.
        Assert.Equal(3, WellFormedCut.Count("概念含义复杂但却十分重要", [2, 4, 6, 7, 8, 10, 12], 5));
        Assert.Equal(5, WellFormedCut.Count("概念含义复杂但却十分重要", [2, 4, 6, 7, 8, 10, 12], 5, WellFormedCutRules.All & ~WellFormedCutRules.Connectives));
        Assert.Equal(1, WellFormedCut.Count("控制首先需建立", [2, 4, 5, 7], 3));
        Assert.Equal(3, WellFormedCut.Count("控制首先需建立", [2, 4, 5, 7], 3, WellFormedCutRules.All & ~WellFormedCutRules.Connectives));
        Assert.Equal(2, WellFormedCut.Count("实例化为可执行", [2, 4, 5, 7], 3));
        Assert.Equal(1, WellFormedCut.Count("特征从而提高", [2, 4, 6], 2));
        Assert.Equal(2, WellFormedCut.Count("特征从而提高", [2, 4, 6], 2, WellFormedCutRules.All & ~WellFormedCutRules.Connectives));

        // What must not, need not or has yet to be done (stop 63's lease probe: …承租人不得 at 20): the act follows.
        Assert.Equal(1, WellFormedCut.Count("承租人不得转租", [3, 5, 7], 2));
        Assert.Equal(1, WellFormedCut.Count("患者不宜停药", [2, 4, 6], 2));
        Assert.Equal(1, WellFormedCut.Count("问题有待解决", [2, 4, 6], 2));
        Assert.Equal(2, WellFormedCut.Count("问题有待解决", [2, 4, 6], 2, WellFormedCutRules.All & ~WellFormedCutRules.Connectives));
        const string lease = "租赁期内，未经出租人书面同意，承租人不得将房屋全部或部分转租给他人，也不得改变房屋用途。"
            + "承租人擅自转租的，出租人有权解除合同并要求承租人赔偿由此造成的损失。租赁期满前一个月，承租人如需续租，应书面通知出租人。";
        Assert.Equal("租赁期内，未经出租人书面同意，承租人不得", Summary(lease, o => o with { WellFormedConnectives = false }));
        Assert.Equal("租赁期内，未经出租人书面同意", Summary(lease));

        // Multi-domain dev 0671's shape: without the rule the 20-character summary ends on 但却. (Its gloss was (Sport), which
        // textrank leaves out since stop 60, and the clause then fits whole; one with a Han word stays, and keeps the cut.)
        const string source = "斯泡特(Sport运动)概念含义复杂但却十分重要,为能全面理解其含义,本文对其源流进行了考察。";
        Assert.EndsWith("但却", Summary(source, o => o with { WellFormedConnectives = false }), StringComparison.Ordinal);
        Assert.Equal("斯泡特(Sport运动)概念含义复杂", Summary(source));
    }

    [Fact]
    public void ACutNeverSplitsAHyphenatedName()
    {
        // Token ends of 制得|2|-|甲基|-|4|-|氨基: the cut after 甲基 backs off the whole name; 2,|4 is a locant list.
        const string text = "制得2-甲基-4-氨基";
        int[] ends = [2, 3, 4, 6, 7, 8, 9, 11];
        Assert.Equal(1, WellFormedCut.Count(text, ends, 4));
        Assert.Equal(4, WellFormedCut.Count(text, ends, 4, WellFormedCutRules.All & ~WellFormedCutRules.Locants));
        Assert.Equal(8, WellFormedCut.Count(text, ends, 8));
        Assert.Equal(1, WellFormedCut.Count("制得2,4-二硝基苯", [2, 3, 4, 5, 6, 10], 2));
        Assert.Equal(2, WellFormedCut.Count("制得2,4-二硝基苯", [2, 3, 4, 5, 6, 10], 2, WellFormedCutRules.All & ~WellFormedCutRules.Locants));

        // Words joined by a hyphen are one name (结构-功能); a number list without a hyphen after it is not a locant.
        Assert.Equal(1, WellFormedCut.Count("蛋白结构-功能关系", [2, 4, 5, 7, 9], 2));
        Assert.Equal(2, WellFormedCut.Count("分别为1,2和3", [3, 4, 5, 6, 7, 8], 2));

        // Multi-domain dev 0065's shape: without the rule the 20-character summary ends on 2-甲基.
        const string source = "用氯化亚锡还原后环合制得2-甲基-4-氨基-10H-噻吩并苯二氮杂,再与哌嗪缩合制得奥氮平。";
        Assert.EndsWith("2-甲基", Summary(source, o => o with { WellFormedLocants = false }), StringComparison.Ordinal);
        Assert.DoesNotContain("2-", Summary(source), StringComparison.Ordinal);
    }

    [Fact]
    public void ACutNeverEndsOnAVerbWithoutItsObject()
    {
        // Token ends of 对|评分|预测|进行|了|分析: the cut after 了 backs off the marker and its verb; at the clause's
        // end (完成|了) it is whole.
        Assert.Equal(3, WellFormedCut.Count("对评分预测进行了分析", [1, 3, 5, 7, 8, 10], 5));
        Assert.Equal(5, WellFormedCut.Count("对评分预测进行了分析", [1, 3, 5, 7, 8, 10], 5, WellFormedCutRules.All & ~WellFormedCutRules.Aspect));
        Assert.Equal(3, WellFormedCut.Count("方法完成了", [2, 4, 5], 3));
        Assert.Equal(3, WellFormedCut.Count("方法完成了。", [2, 4, 5, 6], 3));

        // A word ending in an aspect marker that takes an object (有着, 随着) is backed off too.
        Assert.Equal(3, WellFormedCut.Count("认证对贸易有着积极影响", [2, 3, 5, 7, 9, 11], 4));
        Assert.Equal(4, WellFormedCut.Count("认证对贸易有着积极影响", [2, 3, 5, 7, 9, 11], 4, WellFormedCutRules.All & ~WellFormedCutRules.Aspect));

        // Multi-domain dev 0335's shape: without the rule the 20-character summary ends on 进行了.
        const string source = "对杨木单板湿热处理后制造单板层积材进行了初步研究,结果表明处理可提高其性能。";
        Assert.EndsWith("进行了", Summary(source, o => o with { WellFormedAspect = false }), StringComparison.Ordinal);
        Assert.Equal("杨木单板湿热处理后制造单板层积材", Summary(source));
    }

    [Fact]
    public void ACutNeverEndsOnAVerbOfNaming()
    {
        // Stop 64's river-dolphin probe: …淡水鲸类，被誉为 at 20, the name in quotes left behind. Token ends of 鲸类|被誉为|“|长江|的|微笑|”.
        Assert.Equal(1, WellFormedCut.Count("鲸类被誉为“长江的微笑”", [2, 5, 6, 8, 9, 11, 12], 2));
        Assert.Equal(2, WellFormedCut.Count("鲸类被誉为“长江的微笑”", [2, 5, 6, 8, 9, 11, 12], 2, WellFormedCutRules.All & ~WellFormedCutRules.Complements));
        const string source = "长江江豚是长江中唯一的淡水鲸类，被誉为“长江的微笑”。由于航运、采砂和过度捕捞等人类活动的影响，江豚数量一度急剧下降。"
            + "2022年长江江豚科学考察结果显示，其种群数量为1249头，较2017年增加了237头，实现了历史性转折。";
        Assert.EndsWith("被誉为", Summary(source, o => o with { WellFormedComplements = false }), StringComparison.Ordinal);
        Assert.Equal("长江江豚是长江中唯一的淡水鲸类", Summary(source));
    }

    [Fact]
    public void ATokenEndingInQieIsOpen()
    {
        // Jieba's HMM joins 过高且 into one token, so no word list sees the conjunction (CSL train 0869's shape).
        Assert.True(WellFormedCut.EndsOpen("过高且"));
        Assert.True(WellFormedCut.EndsOpen("而且"));
        const string source = "针对CCD采集的沥青路面病害图像分辨率过高且含信息的有效区域占比少的问题,提出一种基于图像内容的沥青路面病害图像区域分割算法,以剔除路面图像中的无效区域.";
        Assert.False(Summary(source).EndsWith('且'), Summary(source));
    }
}
