using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Stop 59's cut defects: a cut never leaves a 以…为 frame open (以A|为B), a resultative 出 or 提出 without what it puts
/// out, a negation prefix without what it negates (非|线性), or a comparison without its standard (不少|于, stop 61), and a summary never opens on the 出 its verb lost to the leaning-opener trim. Checked on Jieba's own tokens, with
/// the rule that carries each switched on and off.
/// </summary>
public sealed class FrameCutTests
{
    private static string Cut(string text, string keep, WellFormedCutRules rules = WellFormedCutRules.All) => JiebaCut.Prefix(text, keep, rules);

    [Fact]
    public void A以FrameIsKeptWholeOrNotAtAll()
    {
        // Stop 59's transport probe and CSL train 0736: the cut left 以 without its 为.
        const string target = "以客运企业收入损失最小和高峰时段断面满载率最低为目标进行双目标优化求解";
        Assert.Equal(string.Empty, Cut(target, "以客运企业收入损失最小和高峰时段断面满载"));
        Assert.Equal("以客运企业收入损失最小和高峰时段断面满载", Cut(target, "以客运企业收入损失最小和高峰时段断面满载", WellFormedCutRules.All & ~WellFormedCutRules.Localizers));
        Assert.Equal("局域网进行安全设计", Cut("局域网进行安全设计时首先要以提高网络系统的安全性为目标", "局域网进行安全设计时首先要以提高网络系统"));

        // A frame the cut closes stays, and so does 以 of purpose, which no 为 follows.
        Assert.Equal("以北京地铁13号线为例分析了客流", Cut("以北京地铁13号线为例分析了客流特征", "以北京地铁13号线为例分析了客流"));
        Assert.Equal("采用改进粒子群优化算法以增强算法", Cut("采用改进粒子群优化算法以增强算法的学习能力", "采用改进粒子群优化算法以增强算法"));
    }

    [Fact]
    public void AVerbThatPutsSomethingOutKeepsItsObject()
    {
        // Stop 59's astronomy probe: Jieba keeps the resultative 出 apart (筛选|出), and the cut left the stars it singled out.
        const string stars = "从一千万条恒星光谱中筛选出2316颗贫金属星候选体";
        Assert.DoesNotContain("筛选", Cut(stars, "从一千万条恒星光谱中筛选出"), StringComparison.Ordinal);
        Assert.Equal("从一千万条恒星光谱中筛选出", Cut(stars, "从一千万条恒星光谱中筛选出", WellFormedCutRules.All & ~WellFormedCutRules.Aspect));

        // CSL train 0387 and 0943: 提出 at a cut's end, with what it put forward after the cut.
        const string proposed = "基于Fechner定律和梯度特征提出一种图像质量评价方法";
        Assert.Equal("基于Fechner定律和梯度特征", Cut(proposed, "基于Fechner定律和梯度特征提出"));
        Assert.Equal("基于Fechner定律和梯度特征提出", Cut(proposed, "基于Fechner定律和梯度特征提出", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));
        Assert.Equal("该问题由张三提出", Cut("该问题由张三提出", "该问题由张三提出"));

        // Stop 59's news probe: an object in quotes or title marks is the verb's too (开展|“非遗进校园”系列活动).
        const string quoted = "我市非遗保护中心联合多所高校开展“非遗进校园”系列活动";
        Assert.Equal("我市非遗保护中心联合多所高校", Cut(quoted, "我市非遗保护中心联合多所高校开展"));
        Assert.Equal("我市非遗保护中心联合多所高校开展", Cut(quoted, "我市非遗保护中心联合多所高校开展", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));

        // Stop 60: an event's verb and a payment's (an accident report: …K32+500处发生|一起多车追尾事故; md dev 0624: …苯胺发生|亲核取代反应).
        const string accident = "某市绕城高速公路K32+500处发生一起多车追尾事故";
        Assert.Equal("某市绕城高速公路K32+500处", Cut(accident, "某市绕城高速公路K32+500处发生"));
        Assert.Equal("某市绕城高速公路K32+500处发生", Cut(accident, "某市绕城高速公路K32+500处发生", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));
        Assert.Equal("应按逾期交货部分货款的0.5%向甲方", Cut("应按逾期交货部分货款的0.5%向甲方支付违约金", "应按逾期交货部分货款的0.5%向甲方支付"));
        Assert.Equal("交通事故发生", Cut("交通事故发生。", "交通事故发生")); // the source ends there

        // Stop 61's minutes probe: a second verb joined by 并 (…完成学生安全教育并签订|安全责任书).
        const string minutes = "各班主任于本周五前完成学生安全教育并签订安全责任书";
        Assert.Equal("各班主任于本周五前完成学生安全教育", Cut(minutes, "各班主任于本周五前完成学生安全教育并签订"));
        Assert.Equal("各班主任于本周五前完成学生安全教育并签订", Cut(minutes, "各班主任于本周五前完成学生安全教育并签订", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));
        Assert.Equal("完成安全教育并签订", Cut("完成安全教育并签订。", "完成安全教育并签订"));
    }

    [Fact]
    public void ANegationPrefixGoesWithWhatItNegates()
    {
        // Stop 59's genetics probe: 非小细胞肺癌 cut after 非 (…（miR-21）在非); 非 ends no phrase, as 不 and 未 do not.
        const string text = "微小RNA-21在非小细胞肺癌组织中的表达";
        Assert.Equal("微小RNA-21", Cut(text, "微小RNA-21在非"));
        // 在 with no verb after it backs the cut off too since stop 64, so both rules are off to see the cut this one prevents.
        Assert.Equal("微小RNA-21在非", Cut(text, "微小RNA-21在非", WellFormedCutRules.All & ~(WellFormedCutRules.Complements | WellFormedCutRules.Localizers)));
    }

    [Fact]
    public void AComparisonKeepsItsStandard()
    {
        // Stop 61's notice probe: Jieba splits 不少|于, and the cut read "进行不少" (quite a lot) for "not less than 2 hours".
        const string notice = "要求各地中小学每天安排学生进行不少于2小时的户外活动";
        Assert.Equal("要求各地中小学每天安排学生", Cut(notice, "要求各地中小学每天安排学生进行不少"));
        Assert.Equal("要求各地中小学每天安排学生进行不少", Cut(notice, "要求各地中小学每天安排学生进行不少", WellFormedCutRules.All & ~WellFormedCutRules.Complements));
        Assert.Equal("该模型相较", Cut("该模型相较于传统方法具有更高的精度", "该模型相较", WellFormedCutRules.All & ~WellFormedCutRules.Complements));
        Assert.Equal("该模型", Cut("该模型相较于传统方法具有更高的精度", "该模型相较"));

        // 于 after a verb is a time or place the clause does without (公司成立|于1998年).
        Assert.Equal("公司成立", Cut("公司成立于1998年", "公司成立"));
    }

    [Fact]
    public void ASummaryDoesNotOpenOnTheComplementItsVerbLost()
    {
        // CSL train 0896 at 40: the leaning-opener trim took 构建 and left 出针对大气污染物SO2的…; now 针对….
        const string source = "构建出针对大气污染物SO2的最优定权组合预测模型，最优定权组合预测模型综合了三种空气质量预测模式。"
            + "实验表明，最优定权组合预测模型提高了SO2的预测精度。";
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 30, 40 })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.False(summary.StartsWith('出'), $"budget {budget}: {summary}");
        }
    }
}
