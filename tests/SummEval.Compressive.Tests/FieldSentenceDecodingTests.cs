using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using SummEval.Testing;
using Xunit;

namespace SummEval.Compressive.Tests;

/// <summary>
/// A journal page's fields pasted with an abstract, a news story's dateline and page fields: the decoder keeps none of
/// their words (before: <c>基金项目国家自然科学基金项目数字金融发展</c>).
/// </summary>
public sealed class FieldSentenceDecodingTests
{
    private static readonly Lazy<CompressiveSummarizer> Shipped = new(() =>
        new CompressiveSummarizer(DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf));

    [Fact]
    public void TheShippedModelTakesNoWordFromAField() => AssertNoWordTakenFrom(JournalPages.All, JournalPages.TakesFromAField);

    /// <summary>Before: 本报讯王敏 通讯员一例高难度心脏搭桥手术, CPI同比上涨0.5% (the page's original title).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromANewsStorysDatelineOrFields() => AssertNoWordTakenFrom(NewsStories.All, NewsStories.TakesFromTheByline);

    /// <summary>Before: 问：数字普惠金融对农户收入有什么影响 at 40, 您如何看待数字普惠金融的发展？张三 at 20 (a question glued to the name of the one who answers it).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromATranscriptsQuestionsOrSpeakers()
    {
        AssertNoWordTakenFrom(Transcripts.All, Transcripts.TakesFromAQuestionOrASpeaker);

        // A text of nothing but questions is summarized from them.
        Assert.Contains("数字普惠金融", Shipped.Value.Summarize("问：数字普惠金融对农户收入有什么影响？\n问：其作用机制是什么？", 20), StringComparison.Ordinal);
    }

    /// <summary>Before: 赵六会议议题：讨论研究生培养方案修订工作 (minutes at 20), 姓名：张三性别：男出生年月：1990年 (a résumé at 20).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAFormsLines() => AssertNoWordTakenFrom(Forms.All, Forms.TakesFromAField);

    /// <summary>Before: 预计公司2026-2028年归母净利润分别为12.5亿元投资有风险入市需谨慎 (an analyst's report at 40).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAStatementAboutTheText()
    {
        AssertNoWordTakenFrom(DisclaimerTexts.All, DisclaimerTexts.TakesFromAStatement);
        var lines = DisclaimerTexts.Analyst.Replace("。风险提示", "。\n风险提示", StringComparison.Ordinal).Replace("。免责声明", "。\n免责声明", StringComparison.Ordinal);
        Assert.Equal("预计公司2026-2028年归母净利润分别为12.5亿元", Shipped.Value.Summarize(lines, 40));
    }

    /// <summary>Before: 某互联网大厂算法工程师系统设计人的判断 (a Q&amp;A site's answer at 20: the author's disclosure).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAnAnswersCourtesiesOrDisclosure() => AssertNoWordTakenFrom(
        ["谢邀。利益相关：某互联网大厂算法工程师。\n先说结论：大模型短期内不会完全取代程序员，但会显著改变程序员的工作方式。\n一方面，大模型已经能够完成大量重复性的编码工作；另一方面，需求分析、系统设计和调试仍然需要人的判断。\n以上，欢迎讨论。"],
        summary => summary.Contains("谢邀", StringComparison.Ordinal) || summary.Contains("工程师", StringComparison.Ordinal) || summary.Contains("欢迎讨论", StringComparison.Ordinal));

    /// <summary>Before: 清晨的西湖，薄雾笼罩湖面浙江省杭州市西部 (a video's script at 20: a shot's description glued to the narration).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAScriptsDirections() => AssertNoWordTakenFrom(
        ["【画面】清晨的西湖，薄雾笼罩湖面。\n【解说】西湖位于浙江省杭州市西部，是中国著名的风景名胜区，2011年被列入世界遗产名录。\n【画面】游船缓缓驶过断桥。"],
        summary => summary.Contains("薄雾", StringComparison.Ordinal) || summary.Contains("游船", StringComparison.Ordinal) || summary.Contains("解说", StringComparison.Ordinal));

    /// <summary>Before: 通用名称：布洛芬缓释胶囊 (a leaflet at 20), 报告题目：大语言模型的推理能力与局限 (a lecture's notice), 主题：关于下周项目评审会议的安排 (an e-mail).</summary>
    [Fact]
    public void TheShippedModelKeepsNoLabelOfANameOrATitle()
    {
        Assert.Equal("大语言模型的推理能力与局限", Shipped.Value.Summarize(Forms.LectureNotice, 20));
        Assert.Equal("关于下周项目评审会议的安排", Shipped.Value.Summarize(Forms.MailWithSubject, 20));
        Assert.Equal("布洛芬缓释胶囊", Shipped.Value.Summarize("【药品名称】通用名称：布洛芬缓释胶囊\n【成份】本品主要成份为布洛芬。\n【适应症】用于缓解轻至中度疼痛如头痛、关节痛、偏头痛、牙痛、肌肉痛、神经痛、痛经。也用于普通感冒或流行性感冒引起的发热。\n【用法用量】口服。成人，一次1粒，一日2次（早晚各一次）。", 20));
    }

    /// <summary>Before: 做好2021年春季农业生产工作的通知各省 (a notice at 20), 国务院办公厅农村学校体育国办发2021.</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAnOfficialDocumentsNumberSalutationOrSignature() => AssertNoWordTakenFrom(OfficialTexts.All, OfficialTexts.TakesFromAField);

    /// <summary>Before: 某省某市中级人民法院民事判决书 (a judgment at 20 and 40: its heading).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAJudgmentsHeadingCaseNumberPartiesOrSignatures() => AssertNoWordTakenFrom(CourtTexts.All, CourtTexts.TakesFromAField);

    /// <summary>Before: 点击上方蓝字数字普惠金融在我国农村地区 (an official account's article at 20).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAWebPagesCallsOrItsListOfOtherArticles() => AssertNoWordTakenFrom(WebPages.All, WebPages.TakesFromThePage);

    /// <summary>Before: 各位老师好！学院成立培养方案修订工作小组 (a message on one line at 20), Hi all (an English e-mail at 20).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromALettersGreetingThanksOrClosing() => AssertNoWordTakenFrom(LetterTexts.All, LetterTexts.TakesFromACourtesy);

    /// <summary>Before: 第十四条　与劳动者订立无固定期限劳动合同 (a statute at 20), 第一条甲乙双方就技术服务事宜达成如下协议 (a contract at 20).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAnArticlesNumberOrAContractsHeading() => AssertNoWordTakenFrom(LegalTexts.All, LegalTexts.TakesFromANumberOrHeading);

    /// <summary>
    /// Stop 55: an itinerary's days and a guide's steps (before: Day 2：昆明—大理 at 20, a day's label kept with its route); one label
    /// alone is a list item like any other and is not looked at.
    /// </summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromAStepsOrADaysLabel()
    {
        string[] pages =
        [
            "云南七日游行程安排\nDay 1：抵达昆明，入住酒店，自由活动。\nDay 2：昆明—大理，游览洱海、崇圣寺三塔。\nDay 3：大理—丽江，游览丽江古城。",
            "步骤1：五花肉切成2厘米见方的块，冷水下锅焯水。\n步骤2：锅中放少许油，加入冰糖小火炒出糖色。\n步骤3：放入肉块翻炒上色。",
            "第一步：报案，发生事故后拨打保险公司电话。\n第二步：提交材料，包括保单、事故证明和医疗票据。",
        ];
        AssertNoWordTakenFrom(pages, summary => summary.Contains("Day", StringComparison.Ordinal) || summary.Contains("步骤", StringComparison.Ordinal) || summary.Contains("第一步", StringComparison.Ordinal) || summary.Contains("第二步", StringComparison.Ordinal));
    }

    // Before: an empty summary, every word being a field's.
    /// <summary>Before: 记者从省农业农村厅获悉，今年我省粮食总产量达到1350亿斤 and 据悉，我国首个深远海浮式风电平台… at 40.</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromANewsStorysAttribution() => AssertNoWordTakenFrom(NewsStories.Attributed, NewsStories.TakesAnAttribution);

    /// <summary>Before: 2026年星期一初稿交给导师推翻重来火锅 (a diary's entry at 20: its dateline).</summary>
    [Fact]
    public void TheShippedModelTakesNoWordFromADiarysDateline() => AssertNoWordTakenFrom(SocialPosts.Diaries, SocialPosts.KeepsTheDateline);

    /// <summary>Before: 【央行宣布下调金融机构存款准备金率】 and 【教育部发布2022年高考报名人数：1193万人】 at 20 and 40.</summary>
    [Fact]
    public void TheShippedModelKeepsNoHeadlinesBrackets() => AssertNoWordTakenFrom(SocialPosts.All, SocialPosts.KeepsAHeadlinesBrackets);

    /// <summary>Before: 2021年度工作总结一全年实现营业收入5.2亿元… at 40, the title run into the heading's number.</summary>
    [Fact]
    public void TheShippedModelKeepsNoHeadingsNumber()
    {
        AssertNoWordTakenFrom([OfficialTexts.WorkReport], OfficialTexts.KeepsAHeadingsNumber);
        Assert.False(OfficialTexts.KeepsAHeadingsNumber(Shipped.Value.Summarize(OfficialTexts.WorkReport, 40)), Shipped.Value.Summarize(OfficialTexts.WorkReport, 40));
    }

    /// <summary>Before: 好的，第二季度要重点恢复华南区的销售 at 40.</summary>
    [Fact]
    public void TheShippedModelKeepsNoSpokenFiller()
    {
        AssertNoWordTakenFrom([Transcripts.Spoken], Transcripts.KeepsAFiller);
        Assert.False(Transcripts.KeepsAFiller(Shipped.Value.Summarize(Transcripts.Spoken, 40)), Shipped.Value.Summarize(Transcripts.Spoken, 40));
    }

    /// <summary>Before: 各位来宾谢谢主持人大家分享的是人工智能在教育领域的应用技术 at 40.</summary>
    [Fact]
    public void TheShippedModelKeepsNoGreetingOfATalk()
    {
        AssertNoWordTakenFrom([Transcripts.Talk], Transcripts.KeepsACourtesy);
        Assert.False(Transcripts.KeepsACourtesy(Shipped.Value.Summarize(Transcripts.Talk, 40)), Shipped.Value.Summarize(Transcripts.Talk, 40));
    }

    /// <summary>
    /// Before: 常见故障及排除方法打开水龙头；理顺进水管 at 20 (a manual's troubleshooting: 问题：, 原因： and 解决办法： were no labels),
    /// 投诉内容：本人20日在贵店购买一台洗衣机 (a complaint).
    /// </summary>
    [Fact]
    public void TheShippedModelKeepsNoLabelOfAManualOrAComplaint() => AssertNoWordTakenFrom(
        [
            "常见故障及排除方法\n问题：洗衣机不进水。\n原因：1. 水龙头未打开；2. 进水管弯折；3. 进水阀滤网堵塞。\n解决办法：打开水龙头；理顺进水管；拆下进水管，用牙刷清洗滤网。\n问题：脱水时噪音大。\n原因：衣物放置不均匀或洗衣机未放平。\n解决办法：重新摆放衣物；调节底脚使洗衣机水平。",
            "投诉内容：本人于11月20日在贵店购买了一台洗衣机，使用不到一周就出现漏水问题。联系客服多次，一直推脱不给解决。\n诉求：要求退货并赔偿损失。\n希望有关部门尽快处理，谢谢！",
        ],
        summary => summary.Contains("问题：", StringComparison.Ordinal) || summary.Contains("原因", StringComparison.Ordinal) || summary.Contains("解决办法", StringComparison.Ordinal)
            || summary.Contains("投诉内容", StringComparison.Ordinal) || summary.Contains("诉求", StringComparison.Ordinal));

    /// <summary>Before: 欢迎收听本期聊一聊最近很火的固态电池 at 20 and 40 (a podcast's welcome).</summary>
    [Fact]
    public void TheShippedModelKeepsNoGreetingOrSignOffOfAShow() => AssertNoWordTakenFrom([Transcripts.Podcast], Transcripts.KeepsAShowsCourtesy);

    /// <summary>Before: …正式开启👉全场满300减50叠加品类券… at 40 (an emoji between a post's phrases was kept as a word).</summary>
    [Fact]
    public void TheShippedModelKeepsNoEmoji() => AssertNoWordTakenFrom(SocialPosts.All, SocialPosts.KeepsABullet);

    /// <summary>Before: 重磅！今年双十一预售今晚8点美妆大额优惠 at 20.</summary>
    [Fact]
    public void TheShippedModelKeepsNoCallForAttention() =>
        AssertNoWordTakenFrom([SocialPosts.Promotion], summary => summary.Contains("重磅", StringComparison.Ordinal));

    /// <summary>Before: 长城Wall中国古代的军事防御工事用以限隔敌骑的行动万里长城 at 30.</summary>
    [Fact]
    public void TheShippedModelKeepsNoGloss() => AssertNoWordTakenFrom([WebPages.Encyclopedia], WebPages.KeepsAGloss);

    /// <summary>
    /// A play's stage direction, which one bracket holds whole, is an aside: no word of it is kept. Nor is a role's name that
    /// opens its turns, a short one (母亲：但愿吧。) among them (before: 母亲：（叹气）你爸又加班，这个月都第几次 at 20).
    /// </summary>
    [Fact]
    public void TheShippedModelKeepsNoStageDirectionOrRole() =>
        AssertNoWordTakenFrom([Transcripts.Play], summary => summary.Contains("幕启", StringComparison.Ordinal) || summary.Contains("客厅", StringComparison.Ordinal) || summary.Contains("收拾", StringComparison.Ordinal)
            || summary.Contains("母亲", StringComparison.Ordinal) || summary.Contains("女儿", StringComparison.Ordinal));

    /// <summary>Before: 报名信息请访问官网本次马拉松于2027年 at 20 (a pointer to where to read more).</summary>
    [Fact]
    public void TheShippedModelKeepsNoPointerToMore() => AssertNoWordTakenFrom(
        ["详细报名信息请访问官网 https://www.example.com/signup 。本次马拉松比赛将于2027年3月15日在杭州举行，设全程、半程和迷你跑三个项目，报名截止日期为2027年1月31日。"],
        summary => summary.Contains("官网", StringComparison.Ordinal) || summary.Contains("访问", StringComparison.Ordinal));

    /// <summary>Before: 相干时间已从纳秒级提高到毫秒级[2-4]，为实现容错量子计算奠定了基础 at 40 (a reference mark kept, as textrank never keeps one).</summary>
    [Fact]
    public void TheShippedModelKeepsNoReferenceMark() => AssertNoWordTakenFrom(
        ["量子计算被认为是下一代计算技术的核心方向。近年来，超导量子比特的相干时间已从纳秒级提高到毫秒级[2-4]，为实现容错量子计算奠定了基础[5]。",
            "然而，并非所有的研究都支持这一结论。Smith等[5]发现，在低收入国家，数字金融对减贫的作用并不显著。因此，有必要进一步探讨其作用机制。"], // stop 58: before, Smith等[5]发现，… at 50
        summary => summary.Contains('[', StringComparison.Ordinal) || summary.Contains(']', StringComparison.Ordinal));

    /// <summary>Before: [2-4]谷歌公司于2019年宣布实现了“量子优越性” at 40 (marks printed after the stop, as an encyclopedia sets them).</summary>
    [Fact]
    public void TheShippedModelKeepsNoReferenceMarkAfterAStop() => AssertNoWordTakenFrom(
        ["量子计算被认为是下一代计算技术的核心方向。[1]近年来，超导量子比特的相干时间已从纳秒级提高到毫秒级。[2-4]谷歌公司于2019年宣布实现了“量子优越性”。[5]然而，实现容错量子计算仍面临巨大挑战。[6]"],
        summary => summary.Contains('[', StringComparison.Ordinal) || summary.Contains(']', StringComparison.Ordinal));

    /// <summary>Before: 数字普惠金融缓解农户的信贷约束张三等王五2019 at 40 (a social science's authors and years).</summary>
    [Fact]
    public void TheShippedModelKeepsNoAuthorOrYearOfACitation() => AssertNoWordTakenFrom(
        ["已有研究表明，数字普惠金融能够显著缓解农户的信贷约束（张三等，2020；李四，2021），进而促进农户收入增长（王五，2019）。然而，也有学者指出，数字鸿沟的存在可能削弱这种促进作用（Smith et al., 2019）。"],
        summary => summary.Contains("张三", StringComparison.Ordinal) || summary.Contains("李四", StringComparison.Ordinal) || summary.Contains("王五", StringComparison.Ordinal)
            || summary.Contains("Smith", StringComparison.Ordinal) || summary.Contains("20", StringComparison.Ordinal));

    [Fact]
    public void TextThatIsNothingButFieldsIsSummarizedAsWritten() =>
        Assert.NotEqual(string.Empty, Shipped.Value.Summarize("关键词：数字金融；城乡收入差距；面板数据", 20));

    private static void AssertNoWordTakenFrom(IReadOnlyList<string> pages, Func<string, bool> takesFromMetadata)
    {
        foreach (var page in pages)
        {
            foreach (var budget in new[] { 12, 20, 30, 50 })
            {
                var summary = Shipped.Value.Summarize(page, budget);
                Assert.NotEqual(string.Empty, summary);
                Assert.False(takesFromMetadata(summary), summary);
            }
        }
    }
}
