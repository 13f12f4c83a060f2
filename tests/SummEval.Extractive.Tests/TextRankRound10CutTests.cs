using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Round 10's textrank cut defects: a cut never ends on a modifier whose head the source goes on to (or a verb whose
/// object it does), on <c>来</c> of purpose, or on a localizer that no preposition opens when the source goes on. Each rule is checked
/// on and off, on Jieba's own tokens.
/// </summary>
public sealed class TextRankRound10CutTests
{
    // The 20-character summary of the shipped options, or of them with one change, over Jieba's default dictionary.
    private static string Summary(string source, Func<TextRankOptions, TextRankOptions>? change = null) =>
        new TextRankSummarizer(JiebaSegmenter.Default, (change ?? (o => o))(new TextRankOptions())).Summarize(source, 20);

    // The text of the well-formed prefix of `text` cut after the token that ends at `cut` (Jieba's tokens of the whole
    // text, so the rule sees what follows), under `rules` (round 10's each switched off in turn).
    private static string Cut(string text, string keep, WellFormedCutRules rules = WellFormedCutRules.All) => JiebaCut.Prefix(text, keep, rules);

    [Fact]
    public void AnAttributiveAdjectiveGoesWithItsHead()
    {
        // After 的 or before its noun the adjective is attributive (md dev 0144, CSL train 0982, md dev 0879).
        const string text = "旅游产业化水平是区域综合竞争力的重要组成部分";
        Assert.Equal("旅游产业化水平是区域综合竞争力", Cut(text, "旅游产业化水平是区域综合竞争力的重要"));
        Assert.Equal("旅游产业化水平是区域综合竞争力的重要", Cut(text, "旅游产业化水平是区域综合竞争力的重要", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));
        Assert.Equal("法治建设稳步前进", Cut("法治建设稳步前进的重要保证", "法治建设稳步前进的重要"));

        // Before 的, after a numeral and classifier or a verb that takes an object: "一种有效|的农机具", "产生不同|的".
        Assert.DoesNotContain("有效", Cut("技术的推广提供了一种有效的农机具", "技术的推广提供了一种有效"), StringComparison.Ordinal);
        Assert.Equal("技术的推广提供了一种有效", Cut("技术的推广提供了一种有效的农机具", "技术的推广提供了一种有效", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));
        Assert.DoesNotContain("不同", Cut("信道模型产生不同的匹配准则", "信道模型产生不同"), StringComparison.Ordinal);

        // A predicate adjective stays: before 的 after its subject ("效率较低|的问题"), before a conjunction or at the end.
        Assert.Equal("串行算法效率较低", Cut("串行算法效率较低的问题", "串行算法效率较低"));
        Assert.Equal("概念含义复杂", Cut("概念含义复杂但却十分重要", "概念含义复杂"));
        Assert.Equal("该方法效果显著", Cut("该方法效果显著", "该方法效果显著"));
        Assert.Equal("该方法效果显著", Cut("该方法效果显著，且简单", "该方法效果显著"));
    }

    [Fact]
    public void ADeterminerNumeralOrDistinguishingWordGoesWithItsHead()
    {
        // Pronouns and determiners (CSL train 0229 各个|参数, 0999 其中|最为), numerals without digits (md dev 0406
        // 一项|关键因子), distinguishing words (md dev 0473 大型|淡水鱼), 可能 (CSL train 0508).
        Assert.Equal("优化RBFNN结构", Cut("优化RBFNN结构及各个参数建立预报模型", "优化RBFNN结构及各个"));
        Assert.Equal("优化RBFNN结构及各个", Cut("优化RBFNN结构及各个参数建立预报模型", "优化RBFNN结构及各个", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));
        Assert.Equal("情绪传播则成为贯穿突发群体性事件", Cut("情绪传播则成为贯穿突发群体性事件的一项关键因子", "情绪传播则成为贯穿突发群体性事件的一项"));
        Assert.Equal("是一种经济价值较高", Cut("是一种经济价值较高的大型淡水鱼", "是一种经济价值较高的大型"));
        Assert.Equal("多余物检测面临的难点", Cut("多余物检测面临的难点和可能的解决方案", "多余物检测面临的难点和可能"));
        Assert.Equal("多余物检测面临的难点和可能", Cut("多余物检测面临的难点和可能的解决方案", "多余物检测面临的难点和可能", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));

        // A distinguishing word before a conjunction is the predicate ("字典单一|而导致"); a number with digits is the
        // symbols rule's (round 8).
        Assert.Equal("存在的字典单一", Cut("存在的字典单一而导致重建图像质量下降", "存在的字典单一"));

        // A verb whose object the source goes on to (CSL train 0788 受到|越来越多的关注).
        Assert.Equal("重复数据缩减", Cut("重复数据缩减受到越来越多的关注", "重复数据缩减受到越来越多"));
    }

    [Fact]
    public void ASpansPrepositionOrARelationWordBeforeItsNounGoesWithWhatFollows()
    {
        // Stop 55: an IOU's term cut at 至 (md dev 0629 too: "…内科2012年至"), a power of attorney's clause at 有关 before
        // its noun (CSL test 0293: "…MRI表现以及相关|…").
        Assert.Equal("合同有效期", Cut("合同有效期自2026年1月1日至2026年6月30日", "合同有效期自2026年1月1日至"));
        Assert.Equal("湖南省儿童医院心血管内科", Cut("湖南省儿童医院心血管内科2012年至2014年收治的患者", "湖南省儿童医院心血管内科2012年至"));
        Assert.Equal("按时完成", Cut("按时完成按照合同约定的全部工作", "按时完成按照"));
        // Stop 56: a notice's procedure (经) and what it intends (拟), each a word Jieba keeps apart.
        Assert.Equal("根据评选办法", Cut("根据评选办法，经个人申请、学院审核，拟评选以下同学", "根据评选办法，经"));
        Assert.Equal("经个人申请、学院审核", Cut("经个人申请、学院审核，拟评选以下同学", "经个人申请、学院审核，拟"));
        Assert.Equal("受托人在办理上述事项过程中所签署", Cut("受托人在办理上述事项过程中所签署的有关文件", "受托人在办理上述事项过程中所签署的有关"));
        Assert.Equal("现委托李四代为办理", Cut("现委托李四代为办理相关手续", "现委托李四代为办理相关"));
        Assert.Equal("现委托李四代为办理相关", Cut("现委托李四代为办理相关手续", "现委托李四代为办理相关", WellFormedCutRules.All & ~WellFormedCutRules.Modifiers));

        // At a predicate's end they stay ("与饮食习惯有关", "与发病密切相关"), and 根据 and 依据 are nouns too
        // (md dev 0851: "有确切文献记载依据").
        Assert.Equal("该病与饮食习惯有关", Cut("该病与饮食习惯有关，且多见于老年人", "该病与饮食习惯有关"));
        Assert.Equal("有确切文献记载依据", Cut("有确切文献记载依据可以追溯到唐代", "有确切文献记载依据"));

        const string iou = "借条\n今借到李四人民币伍万元整（¥50000.00），用于个人资金周转，借款期限为六个月，自2026年1月1日至2026年6月30日，到期一次性还清本金。\n借款人：王五\n2026年1月1日";
        Assert.DoesNotMatch("[自至]$", Summary(iou));
        const string attorney = "授权委托书\n委托人：张三，身份证号：110101198001011234\n受托人：李四，身份证号：110101198502021234\n现委托李四代为办理本人名下房产过户相关手续。受托人在办理上述事项过程中所签署的有关文件，我均予以承认。\n委托期限：自签字之日起至上述事项办完为止。\n委托人（签字）：\n2026年3月1日";
        Assert.False(Summary(attorney).EndsWith("有关", StringComparison.Ordinal), Summary(attorney));
    }

    [Fact]
    public void PurposeLaiGoesWithItsVerb()
    {
        // CSL train 0380: "...定位系统来|替代传统的手动定位"; 来 the plain verb before 的 or 了 stays.
        const string text = "使用智能手机App物流仓储智能定位系统来替代传统的手动定位";
        Assert.Equal("使用智能手机App物流仓储智能定位系统", Cut(text, "使用智能手机App物流仓储智能定位系统来"));
        Assert.Equal("使用智能手机App物流仓储智能定位系统来", Cut(text, "使用智能手机App物流仓储智能定位系统来", WellFormedCutRules.All & ~WellFormedCutRules.Purpose));
        Assert.Equal("春天终于来", Cut("春天终于来了", "春天终于来"));

        // CSL train 0604's shape in a summary.
        const string source = "对如何引入各个显性视角共享的隐空间信息来实现显隐视角协同学习进行了研究。";
        Assert.EndsWith("来", Summary(source, o => o with { WellFormedPurpose = false }), StringComparison.Ordinal);
        Assert.False(Summary(source).EndsWith('来'), Summary(source));
    }

    [Fact]
    public void ALocalizerNoPrepositionOpensIsBackedOff()
    {
        // CSL train 0058: "...方法中|存在" backs off the localizer; at the clause's end it is whole.
        const string text = "特征提取方法中存在的准确度低问题";
        Assert.Equal("特征提取方法", Cut(text, "特征提取方法中"));
        Assert.Equal("特征提取方法中", Cut(text, "特征提取方法中", WellFormedCutRules.All & ~WellFormedCutRules.Localizers));
        Assert.Equal("特征提取方法中", Cut("特征提取方法中", "特征提取方法中"));

        // A prepositional frame stays (CSL train 0010): backing it off to before 在 lost the topic it carries
        // (docs/extractive.md, round 10).
        Assert.Equal("拉普拉斯塔形变换在图像融合中", Cut("拉普拉斯塔形变换在图像融合中具有高频信息损失", "拉普拉斯塔形变换在图像融合中"));

        // A summary: without the rule the 20-character summary ends on 中.
        const string source = "当前城市生态修复景观布局特征提取方法中存在的特征提取准确率低的问题。";
        Assert.EndsWith("中", Summary(source, o => o with { WellFormedLocalizers = false }), StringComparison.Ordinal);
        Assert.Equal("当前城市生态修复景观布局特征提取方法", Summary(source));
    }
}
