using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Extractive.Sentences;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// The decoder never keeps a section label (<c>目的</c>, <c>【摘要】</c>, <c>方法：</c>), and what it takes for one leaves
/// ordinary words alone (<c>(DIC)方法的应用</c>, <c>前景/背景界限</c>, <c>，结果准确度较高</c>).
/// </summary>
public sealed class SectionLabelDecodingTests
{
    // The words of the source flagged as label words, joined.
    private static string LabelText(string source)
    {
        var document = DocumentAnalyzer.Default.Analyze(source);
        var labels = SectionFeatures.LabelWords(document);
        return string.Concat(document.Words.Where((_, i) => labels[i]).Select(w => w.Text));
    }

    [Theory]
    [InlineData("【摘要】目的 了解某地区学龄儿童近视患病率及其影响因素。方法 采用分层整群抽样。结果 患病率为52.3%。", "【摘要】目的 方法 结果 ")]
    [InlineData("目的探讨后牙冠根纵折保存修复的疗效。方法选取患者32例。结果成功率较高。结论值得推广。", "目的方法结果结论")]
    [InlineData("本文研究了一种揭胶布的护理技巧。方法：以左手背部输液为例，顺着汗毛揭胶布。", "方法：")]
    [InlineData("三维数字图像相关(DIC)方法的应用越来越广泛，本文提出一种拼接算法。", "")]
    [InlineData("针对前景/背景界限模糊的图像，提出一种基于梯度稀疏先验的抠图方法。", "")]
    [InlineData("论文通过实验验证了差分定位算法技术可行,结果准确度较高。", "")]
    [InlineData("本文提出一种方法，结果表明有效。", "")]
    [InlineData("摘 要：针对城市污水处理厂出水总氮超标的问题，开展了中试研究。", "摘 要：")]
    [InlineData("[正文]随着网络信息技术的迅猛发展，网络安全问题日益突出。", "[正文]")]
    [InlineData("目的探讨短暂性脑缺血发作后是否遗留记忆障碍。方法对49例TIA患者进行测试。", "目的方法")]
    [InlineData("目的观察疗效。方法在全麻下行手术治疗。", "目的方法")]
    [InlineData("本文提出一种新方法。方法对噪声不敏感。", "")]
    [InlineData("【裁判要旨】网络服务提供者应当承担连带责任【基本案情】原告系商标权人。", "【裁判要旨】【基本案情】")] // headings in 【】
    [InlineData("本文采用【双重差分】方法检验了数字金融的影响。", "")] // a term set off in 【】 inside a sentence
    [InlineData("内容简介\n《三体》是刘慈欣创作的系列长篇科幻小说。\n作者简介\n刘慈欣，中国科幻小说代表作家。", "内容简介\n作者简介\n")] // headings alone on their lines
    [InlineData("注意事项\n1. 本品仅供外用，切忌口服。", "注意事项\n")]
    public void LabelWordsAreTheLabelsOfSectionsOnly(string source, string expected) =>
        Assert.Equal(expected, LabelText(source));

    [Fact]
    public void TheFeaturesSeeABracketedLabelFromItsBracket()
    {
        var document = DocumentAnalyzer.Default.Analyze("【目的】探讨针刺治疗失眠的疗效。【方法】选取60例患者。");
        var inLabel = SectionFeatures.Of(document);
        var flagged = string.Concat(document.Words.Where((_, i) => inLabel[i][1] > 0).Select(w => w.Text));
        Assert.Equal("【目的】【方法】", flagged);
    }

    [Theory]
    [InlineData("【摘要】目的 了解某地区学龄儿童近视患病率及其影响因素。方法 采用分层整群抽样调查4521名学生。结果 近视患病率为52.3%，每日户外活动时间不足1小时者患病风险增加。结论 应增加户外活动时间。【关键词】近视；学龄儿童；危险因素")]
    [InlineData("摘要：针对城市内涝预警时效不足的问题，构建了融合雷达降水临近预报与管网水力模型的内涝快速预报方法。结果表明该方法可提前1小时预报积水点。")]
    [InlineData("目的探讨后牙冠根纵折保存修复的疗效。方法选取后牙冠根纵折患者32例，行保存修复。结果随访2年成功率为87.5%。结论保存修复疗效可靠。")]
    [InlineData("【摘　要】目　的：探讨后牙冠根纵折保存修复的疗效。方　法：选取后牙冠根纵折患者32例，行保存修复。结　果：随访2年成功率为87.5%。")]
    [InlineData("【内容提要】目的：探讨后牙冠根纵折保存修复的疗效。方法：选取后牙冠根纵折患者32例，行保存修复。")]
    [InlineData("【裁判要旨】网络服务提供者未尽到合理注意义务的，应当与直接侵权人承担连带责任【基本案情】原告系某知名品牌商标权人，发现被告经营的电商平台上大量店铺销售假冒商品【裁判结果】法院判决被告与销售者承担连带赔偿责任，赔偿原告经济损失50万元。")]
    [InlineData("主诉：反复咳嗽、咳痰3年，加重伴气促1周。\n现病史：患者3年前无明显诱因出现咳嗽、咳痰，多为白色黏痰，冬春季节加重。1周前受凉后症状加重，伴活动后气促。\n初步诊断：慢性阻塞性肺疾病急性加重期。")] // a medical record's
    public void TheShippedModelKeepsNoLabel(string source)
    {
        var summarizer = new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        foreach (var budget in new[] { 20, 30, 50 })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.NotEqual("", summary);
            Assert.Equal(0, SectionLabels.LabelLength(summary));
            Assert.DoesNotContain("【", summary);
            Assert.DoesNotContain("摘要", summary);
            Assert.DoesNotContain("目的", summary);
            Assert.DoesNotContain("目　的", summary);
            Assert.DoesNotContain("提要", summary);
            Assert.DoesNotContain("主诉", summary);
        }
    }
}
