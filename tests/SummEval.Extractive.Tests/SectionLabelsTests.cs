using SummEval.Extractive.Lead;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

public sealed class SectionLabelsTests
{
    private static readonly TextRankSummarizer TextRank = new(JiebaSegmenter.Default, new TextRankOptions());

    // md dev 0126 and 0871: 目的…。方法对49例TIA患者… — after a label, 方法 before a preposition opens the methods section.
    [Theory]
    [InlineData("方法对49例TIA患者进行测试", 2)]
    [InlineData("方法在全麻下行手术治疗", 2)]
    [InlineData("方法学研究表明", 0)]
    [InlineData("结果表明疗效显著", 0)]
    public void InAStructuredAbstractTheMethodsLabelMayPrecedeAPreposition(string sentence, int structured)
    {
        Assert.Equal(structured, SectionLabels.LabelLength(sentence, structured: true));
        Assert.Equal(0, SectionLabels.LabelLength(sentence, structured: false));
        Assert.Equal(0, SectionLabels.LabelLength(sentence));
    }

    // Only Han characters, at most ten, closed right after, make a heading of 【】; and only the known labels without headings.
    [Theory]
    [InlineData("【例1】给定一个图", 0)]
    [InlineData("【这是一个过长而不像标题的短语】其后", 0)]
    [InlineData("【CNN】模型", 0)]
    [InlineData("【案件经过】原告", 6)] // no known label (基本案情 is one since stop 57)
    public void AHeadingInLenticularBracketsIsShortAndHan(string text, int length)
    {
        Assert.Equal(length, SectionLabels.LabelLength(text));
        Assert.Equal(0, SectionLabels.LabelLength(text, structured: false, headings: false));
    }

    [Theory]
    [InlineData("目的：观察疗效", "观察疗效")]
    [InlineData("目的:观察疗效", "观察疗效")]
    [InlineData("目的 观察疗效", "观察疗效")]
    [InlineData("  结果  A组抗压强度大于B组", "A组抗压强度大于B组")]
    [InlineData("【目的】观察疗效", "观察疗效")]
    [InlineData("[目的] 观察疗效", "观察疗效")]
    [InlineData("(目的)观察疗效", "观察疗效")]
    [InlineData("【裁判要旨】网络服务提供者应当承担责任", "网络服务提供者应当承担责任")] // any short Han heading in 【】
    [InlineData("[正文]【病例】患者女27岁", "患者女27岁")]
    [InlineData("【注】本文数据截至2020年", "本文数据截至2020年")]
    [InlineData("目的 Objective 探讨儿童哮喘患者的肺功能", "探讨儿童哮喘患者的肺功能")] // a bilingual heading
    [InlineData("Objective 探讨儿童哮喘患者的肺功能", "探讨儿童哮喘患者的肺功能")]
    [InlineData("（方法）随机分组", "随机分组")]
    [InlineData("编者按：近年来人工智能技术快速发展", "近年来人工智能技术快速发展")] // an editor's note, a notice's reminder
    [InlineData("温馨提示：因管道维修本小区停水", "因管道维修本小区停水")]
    [InlineData("医生回答：建议先改善生活方式", "建议先改善生活方式")] // a consultation's speakers
    [InlineData("患者提问：需要吃药吗", "需要吃药吗")]
    [InlineData("【摘要】目的：观察疗效", "观察疗效")]
    [InlineData("材料与方法：选取120例", "选取120例")]
    [InlineData("方法将120例患者分为两组", "将120例患者分为两组")]
    [InlineData("结果与术前相比两组均有再生", "与术前相比两组均有再生")]
    [InlineData("结论该方法简便", "该方法简便")]
    [InlineData("目的分析木薯蚕蛹6种维生素含量", "分析木薯蚕蛹6种维生素含量")]
    [InlineData("背景：城市化加速", "城市化加速")]
    [InlineData("对象：120名学生", "120名学生")]
    [InlineData("意义：为防治提供依据", "为防治提供依据")]
    [InlineData("Objective: to observe", "to observe")]
    [InlineData("摘 要：针对总氮超标的问题", "针对总氮超标的问题")]
    [InlineData("【摘 要】针对总氮超标的问题", "针对总氮超标的问题")]
    [InlineData("摘　要　针对总氮超标的问题", "针对总氮超标的问题")]
    [InlineData("目 的 观察疗效", "观察疗效")]
    [InlineData("摘 要 目 的：观察疗效", "观察疗效")]
    [InlineData("结 论：该方法简便", "该方法简便")]
    [InlineData("研 究 方 法：问卷调查", "问卷调查")]
    [InlineData("[正文]随着网络技术的发展", "随着网络技术的发展")]
    [InlineData("【内容提要】本文考察了方言声调", "本文考察了方言声调")]
    [InlineData("内容摘要：本文考察了方言声调", "本文考察了方言声调")]
    [InlineData("提要：本文考察了方言声调", "本文考察了方言声调")]
    [InlineData("【导语】据报道", "据报道")]
    [InlineData("问：其作用机制是什么？", "其作用机制是什么？")] // a transcript's speakers
    [InlineData("答：缓解信贷约束", "缓解信贷约束")]
    [InlineData("记者：您如何看待", "您如何看待")]
    [InlineData("主持人 今天我们请来了两位专家", "今天我们请来了两位专家")]
    [InlineData("一、研究背景 近年来城镇化加快", "近年来城镇化加快")]
    [InlineData("（二）研究方法：问卷调查", "问卷调查")]
    [InlineData("(3)结果 数字阅读时长增加", "数字阅读时长增加")]
    [InlineData("3 结果 数字阅读时长增加", "数字阅读时长增加")]
    [InlineData("2.1 研究设计 本研究以学生为对象", "本研究以学生为对象")]
    [InlineData("1. 引言 随着新媒体的兴起", "随着新媒体的兴起")]
    [InlineData("4、结论：应增加户外活动", "应增加户外活动")]
    [InlineData("内容简介：《三体》是刘慈欣创作的", "《三体》是刘慈欣创作的")] // a book's, a product's headings
    [InlineData("作者简介 刘慈欣，中国科幻小说代表作家", "刘慈欣，中国科幻小说代表作家")]
    [InlineData("注意事项：本品仅供外用", "本品仅供外用")]
    [InlineData("Q：手机无法开机怎么办？", "手机无法开机怎么办？")] // a product's questions and answers
    [InlineData("A: 请先将手机充电", "请先将手机充电")]
    [InlineData("【使用说明】涂抹于患处", "涂抹于患处")]
    [InlineData("解决办法：打开水龙头；理顺进水管", "打开水龙头；理顺进水管")] // a manual's, a recipe's, a complaint's, a review's
    [InlineData("问题：洗衣机不进水。", "洗衣机不进水。")]
    [InlineData("食材：五花肉500克", "五花肉500克")]
    [InlineData("诉求：要求退货并赔偿损失", "要求退货并赔偿损失")]
    [InlineData("优点：空间大，油耗低", "空间大，油耗低")]
    [InlineData("投资要点：公司发布2026年三季报", "公司发布2026年三季报")] // an analyst's report, a newspaper's comment
    [InlineData("风险提示：原材料价格波动", "原材料价格波动")]
    [InlineData("评论员文章：让数据多跑路，让群众少跑腿", "让数据多跑路，让群众少跑腿")]
    [InlineData("政策含义：应加强农村数字基础设施建设", "应加强农村数字基础设施建设")]
    [InlineData("剧情简介：1998年，一场特大洪水袭击了长江中下游地区", "1998年，一场特大洪水袭击了长江中下游地区")] // a film's, a CV's, a bug report's
    [InlineData("工作经历：2022年至今在某某科技公司担任算法工程师", "2022年至今在某某科技公司担任算法工程师")]
    [InlineData("【问题描述】在iOS 17系统下应用闪退", "在iOS 17系统下应用闪退")]
    [InlineData("岗位职责：负责公司核心业务系统的后端开发", "负责公司核心业务系统的后端开发")] // a job posting's (stop 60)
    [InlineData("任职要求：计算机相关专业本科及以上学历", "计算机相关专业本科及以上学历")]
    [InlineData("主诉：反复咳嗽、咳痰3年，加重伴气促1周。", "反复咳嗽、咳痰3年，加重伴气促1周。")] // a medical record's
    [InlineData("现病史：患者3年前无明显诱因出现咳嗽", "患者3年前无明显诱因出现咳嗽")]
    [InlineData("初步诊断：慢性阻塞性肺疾病急性加重期", "慢性阻塞性肺疾病急性加重期")]
    [InlineData("【出院医嘱】戒烟，避免受凉", "戒烟，避免受凉")]
    [InlineData("召回公告：某某汽车有限公司召回部分轿车", "某某汽车有限公司召回部分轿车")] // a notice's kind before a colon
    [InlineData("停电通知: 明日8时至18时城北片区停电", "明日8时至18时城北片区停电")]
    [InlineData("解析：光反应阶段水的光解产生氧气", "光反应阶段水的光解产生氧气")] // an exam question's explanation, a forum post's plea (stop 56)
    [InlineData("求助：新买的电脑开机很慢", "新买的电脑开机很慢")]
    [InlineData("裁判要旨 用人单位以劳动者违反规章制度为由解除劳动合同的", "用人单位以劳动者违反规章制度为由解除劳动合同的")] // a case digest's headings (stop 57)
    [InlineData("【基本案情】2020年3月，张某入职某科技公司", "2020年3月，张某入职某科技公司")]
    [InlineData("典型意义：本案明确了用人单位的举证责任", "本案明确了用人单位的举证责任")]
    public void StripsTheLeadingLabel(string text, string content)
    {
        Assert.Equal(content, SectionLabels.Strip(text));
        Assert.Equal(text.Length - content.Length, SectionLabels.LabelLength(text));
        Assert.False(SectionLabels.IsLabelOnly(text));
    }

    [Theory]
    [InlineData("结果表明该方法有效")]
    [InlineData("结果显示两组差异显著")]
    [InlineData("方法学研究进展")]
    [InlineData("方法简便准确")]
    [InlineData("目的在于探讨")]
    [InlineData("背景下的城市治理")]
    [InlineData("对象检测算法")]
    [InlineData("意义重大")]
    [InlineData("基于深度学习的方法")]
    [InlineData("(ET-1)水平下降")]
    [InlineData("(结果未发表)")]
    [InlineData("社论性质的文章")] // a label glued to its words is a word
    [InlineData("实际结果表明该方法有效")]
    [InlineData("诊断标准参照2020年指南")] // a record's label glued to its words is a word
    [InlineData("主诉不明确的患者")]
    [InlineData("公司董事会发表声明：将依法维权")] // a sentence before its colon, not a kind
    [InlineData("关于放假的通知：")]
    [InlineData("Results show that the model works")]
    [InlineData("Aims and scope")]
    [InlineData("")]
    [InlineData("一氧化氮")]
    [InlineData("正文回复以及多媒体信息")]
    [InlineData("提要求的权利")]
    [InlineData("目 标检测")]
    [InlineData("摘 要点")]
    [InlineData("方 案设计")]
    [InlineData("一、近年来城镇化加快")]
    [InlineData("1 本文提出一种方法")]
    [InlineData("（1）结果表明该方法有效")]
    [InlineData("2020年结果显示")]
    [InlineData("一方法将患者分组")]
    [InlineData("123 结果")]
    [InlineData("Results show that 该方法有效")] // an English label before English words still needs its colon
    [InlineData("Methods 2.0 版本")]
    [InlineData("问题在于数据稀疏")] // a speaker's label is never glued to the turn
    [InlineData("答辩委员会")]
    [InlineData("记者会上宣布")]
    [InlineData("A 股市场的波动")] // not A and Q, which a space sets off from Han text in prose: they need their colon
    [InlineData("A/B测试结果表明")]
    [InlineData("(A)组患者")]
    [InlineData("Q1：第一季度")]
    [InlineData("原因分析表明")]
    [InlineData("总结经验教训")]
    [InlineData("缺点在于成本高")]
    [InlineData("做法是先焯水")]
    [InlineData("解析了该算法的复杂度")]
    [InlineData("求助无门的患者")]
    public void LeavesOrdinaryTextAlone(string text)
    {
        Assert.Equal(0, SectionLabels.LabelLength(text));
        Assert.Equal(text, SectionLabels.Strip(text));
        Assert.False(SectionLabels.IsLabelOnly(text));
    }

    [Theory]
    [InlineData("目的")]
    [InlineData("方法")]
    [InlineData("结果")]
    [InlineData("结论")]
    [InlineData("背景")]
    [InlineData("摘要")]
    [InlineData("目标")]
    [InlineData("对象")]
    [InlineData("意义")]
    [InlineData("结论：")]
    [InlineData("结论:")]
    [InlineData(" 方法 ")]
    [InlineData("【目的】")]
    [InlineData("[目的]")]
    [InlineData("(目的)")]
    [InlineData("（目的）")]
    [InlineData("结果结论")]
    [InlineData("方法方法")]
    [InlineData("结果。")]
    [InlineData("结果：结论：")]
    [InlineData("Conclusions:")]
    [InlineData("摘 要")]
    [InlineData("【摘　要】")]
    [InlineData("结 果 结 论")]
    [InlineData("[正文]")]
    [InlineData("一、研究背景")]
    [InlineData("3 结果")]
    [InlineData("内容简介")]
    [InlineData("注意事项")]
    public void RecognisesLabelsStandingAlone(string text)
    {
        Assert.True(SectionLabels.IsLabelOnly(text), text);
        Assert.Equal(string.Empty, SectionLabels.Strip(text));
    }

    /// <summary>
    /// Before: 内容简介 (textrank at 20, lead-1), 内容简介。该作品获得第73届… (textrank at 40): a book's or a leaflet's heading
    /// alone on its line names its section, not what the text says.
    /// </summary>
    [Fact]
    public void ABooksOrALeafletsHeadingIsNoPartOfASummary()
    {
        foreach (var text in new[] { WebPages.BookPage, Leaflets.LotionCautions })
        {
            foreach (var budget in new[] { 20, 30, 40 })
            {
                foreach (var summary in new[] { TextRank.Summarize(text, budget), LeadSentenceSummarizer.Summarize(text, budget) })
                {
                    Assert.NotEqual(string.Empty, summary);
                    Assert.DoesNotContain("简介", summary, StringComparison.Ordinal);
                    Assert.DoesNotContain("注意事项", summary, StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>
    /// A medical record's labels open its sections (before: textrank, compressive and lead-1 <c>主诉：反复咳嗽、咳痰3年，加重伴气促1周</c> at 20).
    /// </summary>
    [Fact]
    public void AMedicalRecordsLabelsAreNoPartOfATextranksSummary()
    {
        const string Record = "主诉：反复咳嗽、咳痰3年，加重伴气促1周。\n现病史：患者3年前无明显诱因出现咳嗽、咳痰，多为白色黏痰，冬春季节加重。1周前受凉后症状加重，伴活动后气促。\n初步诊断：慢性阻塞性肺疾病急性加重期。";
        Assert.Equal("反复咳嗽、咳痰3年，加重伴气促1周", TextRank.Summarize(Record, 20));
        foreach (var budget in new[] { 12, 40, 60 })
        {
            var summary = TextRank.Summarize(Record, budget);
            Assert.False(summary.Contains("主诉", StringComparison.Ordinal) || summary.Contains("病史", StringComparison.Ordinal) || summary.Contains("诊断：", StringComparison.Ordinal), summary);
        }
    }

    /// <summary>
    /// Stop 60: a job posting's sections (before: textrank <c>岗位职责：负责公司核心业务系统的后端开发</c> at 20).
    /// </summary>
    [Fact]
    public void AJobPostingsLabelsAreNoPartOfATextranksSummary()
    {
        const string Posting = "岗位职责：负责公司核心业务系统的后端开发与维护；参与系统架构设计和技术方案评审；编写技术文档，指导初级工程师。"
            + "任职要求：计算机相关专业本科及以上学历，3年以上Java开发经验；熟悉Spring Boot、MySQL和Redis，有分布式系统开发经验者优先。工作地点：杭州市滨江区。";
        Assert.Equal("负责公司核心业务系统的后端开发与维护", TextRank.Summarize(Posting, 20));
        foreach (var budget in new[] { 12, 40, 60 })
        {
            var summary = TextRank.Summarize(Posting, budget);
            Assert.False(summary.Contains("职责", StringComparison.Ordinal) || summary.Contains("要求：", StringComparison.Ordinal) || summary.Contains("地点", StringComparison.Ordinal), summary);
        }
    }

    [Fact]
    public void TakesTheWholeChainOfLabels()
    {
        const string text = "【摘要】 目的：方法 将患者随机分组";
        Assert.Equal(text.IndexOf('将', StringComparison.Ordinal), SectionLabels.LabelLength(text));
    }
}
