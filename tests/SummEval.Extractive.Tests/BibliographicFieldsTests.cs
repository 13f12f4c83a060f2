using SummEval.Extractive.Lead;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Summarizers;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A journal page's fields pasted with an abstract (key words, classification, grant, author) are not sentences a
/// summary is taken from (before: textrank summarized an agronomy abstract by its key-word list, lead-1 by its grant).
/// </summary>
public sealed class BibliographicFieldsTests
{
    private static readonly TextRankSummarizer TextRank = new(JiebaSegmenter.Default, new TextRankOptions());

    [Theory]
    [InlineData("关键词：冬小麦；施氮量")]
    [InlineData("关键词:服装生产流水线运行模型优化")]
    [InlineData("关 键 词：数字金融")]
    [InlineData("【关键词】二甲双胍；血脂")]
    [InlineData("  [Key words] digital finance")]
    [InlineData("Key words: digital finance; consumption")]
    [InlineData("Keywords: wheat")]
    [InlineData("中图分类号：S512.1  文献标志码：A")]
    [InlineData("【中图分类号】R587.1【文献标识码】A")]
    [InlineData("基金项目：国家自然科学基金项目（71873045）")]
    [InlineData("作者简介：张三（1980—），男，教授。")]
    [InlineData("通信作者：李四")]
    [InlineData("收稿日期：2019-01-01")]
    [InlineData("CLC number: TP391")]
    [InlineData("引用格式：张三. 数字金融[J]. 经济研究, 2020.")]
    [InlineData("基金资助：国家自然科学基金(71873045)；")] // a database's detail page (CNKI, Wanfang)
    [InlineData("作者单位：山东大学经济学院")]
    [InlineData("专辑：经济与管理科学")]
    [InlineData("分类号：F832")]
    [InlineData("在线公开时间：2020-05-01")]
    [InlineData("DOI：暂无")]
    [InlineData("原标题：11月CPI同比上涨0.5%")] // a news page's fields
    [InlineData("（责任编辑：张三）")]
    [InlineData("【编辑：李四】")]
    [InlineData("来源：新华网")]
    [InlineData("注：①数据来源于国家统计局。")] // a note under a statistic
    [InlineData("备注：以上价格均含税")]
    [InlineData("数据来源：国家统计局")]
    [InlineData("摄影：王五")]
    [InlineData("申请号：CN202010123456.7")] // a patent's fields
    [InlineData("公开日：2020-06-23")]
    [InlineData("申请人：西北农林科技大学")]
    [InlineData("发明人：张三；李四")]
    [InlineData("主权项：1.一种农作物病害识别方法")]
    [InlineData("【权利要求书】")]
    [InlineData("学位论文题目：数字普惠金融对农户收入的影响研究")] // a thesis's fields
    [InlineData("作者姓名：张三")]
    [InlineData("指导教师：李四 教授")]
    [InlineData("学科专业：农业经济管理")]
    public void AFieldLabelOpensAField(string sentence) => Assert.True(BibliographicFields.Opens(sentence));

    [Theory]
    [InlineData("关键词抽取是自然语言处理的基础任务。")] // the word in prose, no colon
    [InlineData("针对统计特征对关键词抽取的影响,分析了八种统计特征.")]
    [InlineData("提出一种基于关键字的数据库查询方法：先构建模式图。")]
    [InlineData("本研究受国家基金资助：见致谢。")]
    [InlineData("Received signal strength is used to locate nodes.")]
    [InlineData("摘要：本文利用中国省级面板数据。")]
    [InlineData("单位面积产量提高了12%。")]
    [InlineData("出版业的数字化转型：以某出版社为例。")]
    [InlineData("来源解析表明，机动车排放是主要来源。")]
    [InlineData("编辑距离是衡量字符串相似度的常用指标。")]
    [InlineData("标题生成：一种基于指针网络的方法。")]
    [InlineData("（来自某医院的120例患者）")]
    [InlineData("权利要求的解释是专利侵权诉讼的核心问题。")] // the words in prose, no colon
    [InlineData("教师：同学们，今天我们学习勾股定理。")] // a classroom transcript's speaker
    [InlineData("申请人数逐年增加，录取率持续下降。")]
    [InlineData("注意：本品需冷藏保存。")] // 注 is no label inside a word
    [InlineData("注重实践能力培养是高校改革的重点。")]
    [InlineData("专业学位研究生教育发展迅速。")]
    public void ProseIsNoField(string sentence) => Assert.False(BibliographicFields.Opens(sentence));

    [Theory]
    [InlineData("张三1，李四2*")]
    [InlineData("张 三1, 李四1,2, 王小五3")]
    [InlineData("张三¹ 李四²")]
    [InlineData("（1.山东大学 经济学院，山东 济南 250100；2.中国人民大学 财政金融学院，北京 100872）")]
    [InlineData("(中国农业科学院作物科学研究所，北京 100081)")]
    public void AnAuthorOrAffiliationLineIsAField(string line)
    {
        Assert.True(BibliographicFields.IsByline(line));
        Assert.True(BibliographicFields.IsField(line));
    }

    [Theory]
    [InlineData("复旦大学附属儿科医院呼吸科，上海 201102")] // unbracketed, ending in its postal code
    [InlineData("西北农林科技大学资源环境学院，陕西杨凌 712100；中国科学院水利部水土保持研究所，陕西杨凌 712100")]
    public void AnUnbracketedAffiliationEndingInItsPostalCodeIsAByline(string line) => Assert.True(BibliographicFields.IsByline(line));

    [Theory]
    [InlineData("中国农业科学 2020，53（4）：123-130")]
    [InlineData("农业工程学报, 2019, 35(2): 1-10")]
    [InlineData("中华医学杂志 2021年 第101卷(12)：881～886")]
    [InlineData("Acta Ecologica Sinica 2018, Vol.38(5): 1501-1510")]
    [InlineData("第 1 页 共 3 页")] // a page's number (stop 55; before: textrank 某某大学2026年工作总结。第 1 页 共 3 页 at 40)
    [InlineData("第2页/共3页")]
    [InlineData("— 2 —")]
    [InlineData("Page 2 of 5")]
    public void AJournalsRunningHeadIsAField(string line)
    {
        Assert.True(BibliographicFields.IsRunningHead(line));
        Assert.True(BibliographicFields.IsField(line));
    }

    [Fact]
    public void APagesNumberBetweenParagraphsIsAField()
    {
        // Stop 55: a report pasted whole with its pages' footers.
        const string Report = "某某大学2026年工作总结\n第 1 页 共 3 页\n2026年，学校坚持立德树人根本任务，全面推进“双一流”建设，各项事业取得新进展。全年新增国家级科研项目86项，科研经费突破5亿元。\n第 2 页 共 3 页\n人才培养质量稳步提升，毕业生就业率达到96.5%。";
        Assert.Equal([false, true, false, true, false], BibliographicFields.Fields(["某某大学2026年工作总结", "第 1 页 共 3 页", "全年新增国家级科研项目86项。", "第 2 页 共 3 页", "毕业生就业率达到96.5%。"]));
        Assert.DoesNotContain("页", TextRank.Summarize(Report, 40), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("据农业工程学报2019年35(2):1-10报道，该方法有效。")] // a citation inside prose
    [InlineData("2019年1月至2020年12月共收治120例患者")]
    [InlineData("本院收治患者201102例，其中男性120例")] // six digits, no institution before them
    [InlineData("回顾性分析本院2018年1月至2019年12月收治的患者，共计201102人次")]
    [InlineData("详见第3页")]
    [InlineData("第一页：项目背景")] // a slide's heading
    public void ProseWithYearsNumbersOrPagesIsNoRunningHeadOrByline(string sentence)
    {
        Assert.False(BibliographicFields.IsRunningHead(sentence));
        Assert.False(BibliographicFields.IsByline(sentence));
    }

    [Theory]
    [InlineData("联系方式：张三，E-mail：")]
    [InlineData("E-mail: zhangsan@nwafu.edu.cn")]
    [InlineData("通信地址：上海市徐汇区")]
    [InlineData("电子邮箱：a@b.cn")]
    public void AContactFieldOpensAField(string sentence) => Assert.True(BibliographicFields.Opens(sentence));

    [Theory]
    [InlineData("参考文献")]
    [InlineData("【参考文献】")]
    [InlineData("参 考 文 献：")]
    [InlineData("References")]
    [InlineData("施氮量对冬小麦产量和氮素利用效率的影响[J].")] // an entry, split at its full stops
    [InlineData("[1] 张三, 李四.")]
    [InlineData("［2］王五.")]
    [InlineData("数字金融发展研究[M]//张三.经济学论文集.北京：科学出版社，2019：1-10.")]
    [InlineData("中国统计年鉴[EB/OL].")]
    [InlineData("[3] Zhang S, Li S.")]
    public void AReferenceListsHeadingAndEntriesAreFields(string sentence)
    {
        Assert.True(BibliographicFields.IsReference(sentence));
        Assert.True(BibliographicFields.IsField(sentence));
    }

    [Theory]
    [InlineData("并附有大量的参考文献.")] // md dev 0576: the word in prose
    [InlineData("本文参考文献[1]的方法，提出了改进算法。")]
    [InlineData("实验结果见表[1]。")]
    [InlineData("References to prior work are listed.")]
    [InlineData("J型曲线[2]表明两者关系非线性。")]
    public void ProseMentioningReferencesIsNoReference(string sentence) => Assert.False(BibliographicFields.IsReference(sentence));

    // A patent's claims run to the end of the page, however their numbering splits them.
    [Fact]
    public void EverySentenceAfterAPatentsClaimsFieldIsAField()
    {
        string[] text = ["本发明公开了一种农作物病害识别方法。", "主权项：1.", "一种农作物病害识别方法，其特征在于，包括以下步骤："];
        Assert.Equal([false, true, true], BibliographicFields.Fields(text));
        string[] prose = ["本文讨论专利侵权判定。", "权利要求的解释是其核心问题。", "法院应以权利要求的内容为准。"];
        Assert.Equal([false, false, false], BibliographicFields.Fields(prose));
    }

    // Every sentence after a reference list's heading is the list's, however its entries split.
    [Fact]
    public void EverySentenceAfterAReferenceListsHeadingIsAField()
    {
        string[] text = ["结果表明，施氮量为180 kg/hm2时产量最高。", "参考文献", "[1] 张三, 李四.", "冬小麦氮肥管理研究进展.", "中国农业科学, 2018, 51(3): 456-465."];
        Assert.Equal([false, true, true, true, true], BibliographicFields.Fields(text));
    }

    [Theory]
    [InlineData("1 材料与方法")]
    [InlineData("1.1 试验设计")]
    [InlineData("2.1施氮量对产量的影响")]
    [InlineData("2.1.3　土壤样品的采集与测定")]
    [InlineData("一、引言")]
    [InlineData("（二）研究设计")]
    [InlineData("第三章 实证分析")]
    [InlineData("第一条 合同目的")] // a contract's article
    [InlineData("第一百二十条　附则")]
    [InlineData("图1 不同施氮量下冬小麦产量的变化")]
    [InlineData("表 2 不同处理下土壤养分含量（mg/kg）")]
    [InlineData("Fig. 3 Location of the study area")]
    [InlineData("Day1：北京—西安")] // an itinerary's day (before: textrank Day1：北京—西安上午乘高铁前往西安 at 20, the day's line read as wrapped)
    [InlineData("第二天：西安")]
    [InlineData("第一页：项目背景")] // a slide's page (stop 55; before: textrank 第一页：项目背景 at 20)
    [InlineData("Slide 2: 解决方案")]
    [InlineData("【第一章 初入江湖】")] // a web novel's chapter in brackets (before: textrank 【第一章 初入江湖】，眼神中却透着一股坚毅 at 40)
    public void ANumberedHeadingOrACaptionIsAPaperHeading(string sentence)
    {
        Assert.True(PaperHeadings.Is(sentence));
        Assert.Equal([true, false], BibliographicFields.Fields([sentence, "结果表明，施氮量为180 kg/hm2时产量最高。"]));
    }

    [Theory]
    [InlineData("1 型糖尿病患者的血糖控制效果较差，需要加强管理。")] // a sentence: punctuation
    [InlineData("图1表明产量随施氮量增加先增后稳。")]
    [InlineData("（1）融资约束削弱了这一影响；")] // a list item
    [InlineData("2018年1月至2019年12月")]
    [InlineData("3.5 mg/L")]
    [InlineData("1、数字普惠金融显著促进了农户收入增长，这种促进作用在中西部地区更为明显")]
    [InlineData("一种基于注意力机制的中文短文本分类方法研究及其在医疗问答系统中的应用与评价分析")] // no number
    [InlineData("第二天，小明在作文里写道")] // the next day of a story
    [InlineData("第一页的内容是项目背景")]
    [InlineData("day 3 of the trial")]
    [InlineData("【快讯】美联储宣布加息25个基点")] // a bracketed label before a sentence, no heading
    public void SentencesAndListItemsAreNoPaperHeading(string sentence) => Assert.False(PaperHeadings.Is(sentence));

    // Names without marks are a byline only right before the affiliation they belong to.
    [Fact]
    public void NamesWithoutMarksAreABylineBeforeAnAffiliation()
    {
        string[] page = ["黄土高原典型流域土地利用变化及其驱动因素", "张三，李四", "（西北农林科技大学资源环境学院，陕西杨凌 712100）", "摘要：分析了土地利用变化。"];
        Assert.Equal([false, true, true, false], BibliographicFields.Fields(page));
        string[] list = ["本文比较了三种作物。", "小麦，玉米", "结果表明两者产量相近。"];
        Assert.Equal([false, false, false], BibliographicFields.Fields(list));
    }

    [Theory]
    [InlineData("张三，李四")] // names without marks: as likely two words of a list
    [InlineData("图1，表2")]
    [InlineData("方法1与方法2")]
    [InlineData("（本研究在山东大学完成）")] // no place
    [InlineData("2型糖尿病，高血压")]
    [InlineData("探讨二甲双胍对2型糖尿病患者血糖的影响。")]
    public void ProseAndListsAreNoByline(string line) => Assert.False(BibliographicFields.IsByline(line));

    [Fact]
    public void NoSummaryIsTakenFromAField() => AssertNoSummaryTakenFrom(JournalPages.All, JournalPages.TakesFromAField);

    [Fact]
    public void NoSummaryIsTakenFromANewsStorysDatelineOrFields() => AssertNoSummaryTakenFrom(NewsStories.All, NewsStories.TakesFromTheByline);

    /// <summary>
    /// Before: 会议时间：2021年3月5日会议地点 (textrank at 20), 中文名：大熊猫拉丁学名, 姓名：张三性别：男出生年月: a form's short lines
    /// were taken for a wrapped paragraph, joined, and chosen.
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromAFormsLines()
    {
        AssertNoSummaryTakenFrom(Forms.All, Forms.TakesFromAField);
        foreach (var form in Forms.All)
        {
            // Each field stays on its line, and the prose after the form's last line is not joined to it (after a full stop
            // the sentence has ended and the layout reader writes no break).
            var shadow = AnalysisText.Of(form).Shadow;
            Assert.All(form.Split('\n').Where(line => FormLines.Is(line) || FormLines.IsFieldRow(line)), line =>
                Assert.True(shadow.Contains(line + "\n", StringComparison.Ordinal) || shadow.EndsWith(line, StringComparison.Ordinal)
                    || (line.EndsWith('。') && shadow.Contains(line, StringComparison.Ordinal)), line));
        }
    }

    /// <summary>
    /// Before: （幕启。客厅里，母亲正在收拾桌子。）母亲 (textrank and lead-1 at 20: a play's stage direction was read as wrapped
    /// into the first turn, and chosen with its speaker). A line or sentence one bracket holds whole is an aside: a line of
    /// its own and no candidate; a photo's credit and a story's end (（完）) likewise.
    /// </summary>
    [Fact]
    public void AnAsideABracketHoldsWholeIsALineOfItsOwnAndNoCandidate()
    {
        Assert.Contains("）\n母亲：", AnalysisText.Of(Transcripts.Play).Shadow, StringComparison.Ordinal);
        const string Story = "第十三届全国人民代表大会第四次会议5日上午在人民大会堂开幕，国务院总理作政府工作报告。\n（图片来源：新华社记者摄）\n报告提出，今年国内生产总值增长目标为6%以上。\n（完）";
        foreach (var budget in new[] { 12, 20, 30, 40 })
        {
            foreach (var summary in new[] { TextRank.Summarize(Transcripts.Play, budget), LeadSentenceSummarizer.Summarize(Transcripts.Play, budget) })
            {
                Assert.NotEqual(string.Empty, summary);
                Assert.DoesNotContain("幕启", summary, StringComparison.Ordinal);
            }

            var story = TextRank.Summarize(Story, budget);
            Assert.DoesNotContain("图片", story, StringComparison.Ordinal);
            Assert.DoesNotContain("完", story, StringComparison.Ordinal);
        }

        Assert.True(Asides.Is("（图片来源：网络）"));
        Assert.True(Asides.Is(" (完) "));
        Assert.False(Asides.Is("(1) 对数据进行预处理(见表1)"));
        Assert.False(Asides.Is("（一）工作目标"));
    }

    /// <summary>
    /// Before: 负责公司业务数据的采集、清洗和分析；搭建数据指标体系，输出分析报告；任职要求 (textrank at 40): a label alone on its line
    /// after a list item its semicolon ended was read as the item's wrapped end. The last words of a wrapped sentence that
    /// look like a label (…主要优势在于⏎以下三点：) are still joined.
    /// </summary>
    [Fact]
    public void ALabelAfterALineASemicolonEndsIsALineOfItsOwn()
    {
        Assert.Contains("输出分析报告；\n任职要求：\n", AnalysisText.Of(Forms.JobPosting).Shadow, StringComparison.Ordinal);
        foreach (var budget in new[] { 20, 30, 40, 60 })
        {
            var summary = TextRank.Summarize(Forms.JobPosting, budget);
            Assert.DoesNotContain("要求", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("职责", summary, StringComparison.Ordinal);
        }

        var wrapped = AnalysisText.Of("针对图像去噪中细节丢失的问题本文方法的主要优势在于\n以下三点：\n1. 去噪后细节保留完整").Shadow;
        Assert.Contains("主要优势在于以下三点：", wrapped, StringComparison.Ordinal);
    }

    /// <summary>
    /// Before: 某科技公司诚聘Java开发工程师岗位职责 (textrank, compressive and lead-1 at 20), 新增文件批量导出功能修复 (textrank at 20):
    /// a label alone on its line after a line as wide as the text's others was read as the line's wrapped end. Where the
    /// text has two or more such labels they are its author's headings, whatever ends the line before.
    /// </summary>
    [Fact]
    public void LabelsAloneOnTheirLinesTwiceOrMoreAreHeadings()
    {
        const string posting = "【招聘】某科技公司诚聘Java开发工程师\n岗位职责：\n1. 负责公司核心业务系统的设计与开发；\n2. 参与技术方案评审。\n任职要求：\n1. 本科及以上学历，计算机相关专业；\n2. 三年以上Java开发经验。\n薪资待遇：15-25K，五险一金。";
        const string notes = "v2.3.0 更新日志\n新增：\n- 支持深色模式\n- 新增文件批量导出功能\n修复：\n- 修复部分机型启动闪退的问题\n- 修复搜索结果排序错误\n优化：\n- 优化首页加载速度，平均缩短40%";
        Assert.Contains("开发工程师\n岗位职责：\n", AnalysisText.Of(posting).Shadow, StringComparison.Ordinal);
        var shadow = AnalysisText.Of(notes).Shadow;
        Assert.Contains("导出功能\n修复：\n", shadow, StringComparison.Ordinal);
        Assert.Contains("排序错误\n优化：\n", shadow, StringComparison.Ordinal);
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.DoesNotContain("职责", TextRank.Summarize(posting, budget), StringComparison.Ordinal);
            Assert.DoesNotContain("功能修复", TextRank.Summarize(notes, budget), StringComparison.Ordinal);
            Assert.DoesNotContain("错误优化", TextRank.Summarize(notes, budget), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Before: 关于做好2021年春季农业生产工作的通知各省、自治区、直辖市农业农村厅（局）：为 (lead-1 at 40, the title, salutation and body
    /// joined), 国务院办公厅关于加强农村学校体育工作的意见国办发〔2021〕12号 (textrank at 40).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromAnOfficialDocumentsNumberSalutationOrSignature()
    {
        AssertNoSummaryTakenFrom(OfficialTexts.All, OfficialTexts.TakesFromAField);
        Assert.Equal("关于做好2021年春季农业生产工作的通知", LeadSentenceSummarizer.Summarize(OfficialTexts.Notice, 40));
        Assert.Equal("关于做好2021年春季农业生产工作的通知", TextRank.Summarize(OfficialTexts.Notice, 20));
    }

    /// <summary>
    /// A heading that names only what kind of notice a text is says nothing of what it says (before: 致歉声明 was textrank's and
    /// compressive's whole summary at 40, 警情通报 lead-1's). It is no candidate, and its words still vote. An official title
    /// with its matter (关于…的通知) stays one (the test above).
    /// </summary>
    [Theory]
    [InlineData("致歉声明", true)]
    [InlineData("征稿启事", true)]
    [InlineData("警情通报", true)]
    [InlineData("停电通知", true)]
    [InlineData("邀请函", true)]
    [InlineData("商品评价", true)]
    [InlineData("特此声明。", true)]
    [InlineData("请假条", true)] // a letter's kind
    [InlineData("倡议书", true)]
    [InlineData("致全体市民的一封信", true)] // an open letter's, with whom it is to (stop 55)
    [InlineData("给家长的一封信", true)]
    [InlineData("致全校师生的倡议书", true)]
    [InlineData("告全市人民书", true)]
    [InlineData("告诉他这本书", false)]
    [InlineData("致敬为抗洪抢险付出的人们", false)]
    [InlineData("关于放假的通知", false)] // its matter
    [InlineData("对广大消费者的致歉声明", false)]
    [InlineData("阿莫西林胶囊说明书", false)]
    [InlineData("公司董事会发表声明", false)] // more than an occasion before the kind: a sentence
    [InlineData("国家市场监督管理总局关于加强产品宣传管理工作的通知", false)]
    public void AHeadingThatOnlyNamesTheNoticesKindIsKnown(string line, bool kind) => Assert.Equal(kind, KindHeadings.Is(line));

    [Theory]
    [InlineData("某某小学", true)]
    [InlineData("学生：李明", true)] // one who signs with a role
    [InlineData("申请人： 张三", true)]
    [InlineData("研究发现：数字普惠金融促进增收", false)]
    [InlineData("地址：北京市海淀区中关村大街1号", false)]
    public void AnIssuerIsKnown(string line, bool issuer) => Assert.Equal(issuer, OfficialDocuments.IsIssuer(line));

    /// <summary>
    /// Before: 尊敬的王老师：我因发烧需要去医院就诊，特向您请假一天（12月3日），请批准 (textrank at 40: the salutation under a letter's
    /// kind was joined to the message), 亲爱的同学们：地球是我们共同的家园 (at 20), and the compressive …请批准。学生：李明 (at 50: a role
    /// and a name over the date is the signature). <see cref="LetterTexts.LeaveNote"/> and <see cref="LetterTexts.Proposal"/> are in
    /// <see cref="LetterTexts.All"/>, which the test above and the shipped model's test cover.
    /// </summary>
    [Fact]
    public void ALettersSalutationUnderItsKindIsALineOfItsOwn()
    {
        Assert.Contains("请假条\n尊敬的王老师：\n我因", AnalysisText.Of(LetterTexts.LeaveNote).Shadow, StringComparison.Ordinal);
        Assert.Contains("同学们：\n地球", AnalysisText.Of(LetterTexts.Proposal).Shadow, StringComparison.Ordinal);
        Assert.Equal("我因发烧需要去医院就诊，特向您请假一天（12月3日），请批准", TextRank.Summarize(LetterTexts.LeaveNote, 40));

        // Stop 55: under an open letter's heading too, though its two short lines look like a paragraph wrapped at nine
        // characters (before: textrank 全体市民的一封信亲爱的市民朋友们, lead-1 致全体市民的一封信亲爱的市民朋友们：当前).
        Assert.Contains("一封信\n亲爱的市民朋友们：\n当前", AnalysisText.Of(LetterTexts.OpenLetter).Shadow, StringComparison.Ordinal);
        Assert.Equal("请广大市民减少不必要的外出", TextRank.Summarize(LetterTexts.OpenLetter, 20));
        Assert.Equal("当前正值汛期，我市将迎来新一轮强降雨天气", LeadSentenceSummarizer.Summarize(LetterTexts.OpenLetter, 20));
    }

    [Fact]
    public void AHeadingThatOnlyNamesTheNoticesKindIsNoCandidate()
    {
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.DoesNotContain("致歉声明", TextRank.Summarize(OfficialTexts.Apology, budget), StringComparison.Ordinal);
        }

        Assert.StartsWith("近日，我公司在产品宣传中使用了不实表述", LeadSentenceSummarizer.Summarize(OfficialTexts.Apology, 40), StringComparison.Ordinal);
    }

    /// <summary>
    /// Before: （2020）某01民终1234号上诉人 (textrank at 20: the case number joined to a party's line), 某省某市中级人民法院民事判决书
    /// (lead-1: the court joined to the document's kind).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromAJudgmentsHeadingCaseNumberPartiesOrSignatures()
    {
        AssertNoSummaryTakenFrom(CourtTexts.All, CourtTexts.TakesFromAField);
        Assert.StartsWith("上诉人某某科技有限公司因与被上诉人张三劳动争议一案", TextRank.Summarize(CourtTexts.Appeal, 40), StringComparison.Ordinal);
    }

    /// <summary>
    /// Before: ｜张三  编辑｜李四。近年来，随着人口老龄化加剧… (textrank at 40) and 作者｜张三  编辑｜李四 (lead-1): an article's credits
    /// were a sentence. (<see cref="WebPages.Credited"/> is in <see cref="WebPages.All"/>, which the next test reads.)
    /// </summary>
    [Theory]
    [InlineData("作者｜张三  编辑｜李四", true)]
    [InlineData("文/张三", true)]
    [InlineData("来源：某某日报 责编：王五", true)]
    [InlineData("记者：您如何看待数字普惠金融的发展？", false)] // an interview's question
    [InlineData("作者认为，数字普惠金融促进了农户增收。", false)]
    [InlineData("图：研究区位置，示意", false)]
    [InlineData("新华社记者 王松 摄", true)] // a photo's credit
    [InlineData("（记者 李明 张华 摄）", true)]
    [InlineData("张三 摄", true)]
    [InlineData("视觉中国 供图", true)]
    [InlineData("他用手机拍摄", false)]
    [InlineData("记者在现场拍摄", false)]
    public void AnArticlesCreditsAreItsByline(string line, bool byline) => Assert.Equal(byline, WebPageChrome.IsByline(line));

    /// <summary>
    /// A photo's credit after its caption, on the caption's line, is left out (before: textrank
    /// <c>12月5日，游客在哈尔滨冰雪大世界游玩。新华社记者 王松 摄</c> at 40).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromAPhotosCredit()
    {
        const string Caption = "12月5日，游客在哈尔滨冰雪大世界游玩。当日，第二十六届哈尔滨冰雪大世界正式开园，吸引了大批游客前来观光。新华社记者 王松 摄";
        AssertNoSummaryTakenFrom([Caption], summary => summary.Contains("王松", StringComparison.Ordinal) || summary.Contains("摄", StringComparison.Ordinal));
        Assert.DoesNotContain("摄", TextRank.Summarize(Caption, 40), StringComparison.Ordinal);
    }

    /// <summary>
    /// Before: 数字普惠金融显著促进了农户收入增长。长按识别二维码关注往期推荐 (textrank at 40), 点击上方蓝字关注我们近年来，… (lead-1: the
    /// call joined to the article).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromAWebPagesCallsOrItsListOfOtherArticles()
    {
        AssertNoSummaryTakenFrom(WebPages.All, WebPages.TakesFromThePage);
        Assert.True(WebPageChrome.IsCall("长按识别二维码关注"));
        Assert.True(WebPageChrome.IsListHeading("往期推荐："));
        Assert.True(WebPageChrome.IsCall("欢迎关注我们！"));
        Assert.False(WebPageChrome.IsCall("本文关注我们这一代人的就业问题及其成因。")); // 关注 as the text's verb
        Assert.False(WebPageChrome.IsCall("该问题值得关注。"));
        Assert.True(WebPageChrome.IsCall("扫描下方二维码，关注“某某教育”公众号，获取更多资讯。")); // before: textrank's summary at 20 and 40
        Assert.True(WebPageChrome.IsCall("扫一扫上方二维码"));
        Assert.True(WebPageChrome.IsCall("欢迎关注“科普中国”微信公众号获取更多内容"));
        Assert.False(WebPageChrome.IsCall("市民扫描二维码即可查询。")); // a service the text describes: the page points at no code
        Assert.False(WebPageChrome.IsCall("专家呼吁关注老年人的心理健康。"));
        Assert.False(WebPageChrome.IsListHeading("推荐阅读材料的选择原则"));
    }

    /// <summary>
    /// A call on a text of one line with no field's word is found too (before: textrank <c>限时抢购！！！点击下方链接立即购买</c> at 20,
    /// an advertisement: the calls were looked for only where a text had a line break or a field's word).
    /// </summary>
    [Fact]
    public void ACallIsFoundOnALineOfItsOwnText()
    {
        const string Ad = "限时抢购！！！原价299元，现价仅需99元！！！数量有限，先到先得，错过再等一年！！！点击下方链接立即购买👇👇👇";
        AssertNoSummaryTakenFrom([Ad], summary => summary.Contains("点击", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("有用(23)  回复(5)", true)]
    [InlineData("赞 128 · 回复 16", true)]
    [InlineData("转发 1.2万 | 评论 3456 | 赞 2.3万", true)]
    [InlineData("★★★★☆ 4.0分", true)]
    [InlineData("★★★☆☆ 还行", true)]
    [InlineData("4.5分", true)]
    [InlineData("评论区有用户指出这一结论值得商榷。", false)]
    [InlineData("回复率为23%。", false)]
    [InlineData("满分为5分的量表", false)]
    [InlineData("物流评分：★★★★★", true)] // what the stars rate before them
    [InlineData("服务评分★★★★☆", true)]
    [InlineData("疼痛评分3分", false)] // a score after a word is a finding
    public void AReviewsReactionCountsAndRatingAreALineOfTheirOwn(string line, bool reaction) => Assert.Equal(reaction, WebPageChrome.IsReactionLine(line));

    /// <summary>
    /// Before: 商品评价 (textrank at 20 and 40): a shop's ratings lost three stars each as a line's closing emoji and were joined
    /// into the buyer's words (物流评分：★★服务评分★★宝贝收到了…), which left the heading the best sentence. Stars in a row are a
    /// rating, and a label may come before them; a star alone still opens a line as a bullet.
    /// </summary>
    [Fact]
    public void AShopsRatingsKeepTheirStarsAndAreNoCandidates()
    {
        var shadow = AnalysisText.Of(WebPages.ShopReview).Shadow;
        Assert.Contains("\n物流评分：★★★★★\n服务评分★★★★☆\n", shadow, StringComparison.Ordinal);
        Assert.StartsWith("宝贝收到了，质量很好，做工精细", TextRank.Summarize(WebPages.ShopReview, 20), StringComparison.Ordinal);
        Assert.Equal("活动时间：12月5日", AnalysisText.Of("★ 活动时间：12月5日").Shadow);
    }

    [Theory]
    [InlineData("某省某市中级人民法院", true)]
    [InlineData("民事判决书", true)]
    [InlineData("（2020）某01民终1234号", true)]
    [InlineData("上诉人（原审被告）：某某科技有限公司，住所地某市某区。", true)]
    [InlineData("被告人：张三，男。", true)]
    [InlineData("审判长 李四", true)]
    [InlineData("书记员　赵六", true)]
    [InlineData("上诉人某某科技有限公司因与被上诉人张三劳动争议一案，不服一审判决，向本院提起上诉。", false)] // the case, no party's line
    [InlineData("本院认为，劳动者在用人单位连续工作满十年的，用人单位应当订立无固定期限劳动合同。", false)]
    [InlineData("判决书的说理部分是研究的重点", false)]
    [InlineData("审判长负责主持庭审", false)]
    public void AJudgmentsFieldsAreKnownByTheirShape(string line, bool field) =>
        Assert.Equal(field, CourtDocuments.IsHeading(line) || CourtDocuments.IsCaseNumber(line) || CourtDocuments.IsParty(line) || CourtDocuments.IsSignature(line));

    [Theory]
    [InlineData("关于做好2021年春季农业生产工作的通知", true, false)]
    [InlineData("国务院办公厅关于加强农村学校体育工作的意见", true, false)]
    [InlineData("根据《关于做好春季农业生产工作的通知》", false, false)] // a reference to one
    [InlineData("国办发〔2021〕12号", false, true)]
    [InlineData("2021年2月8日", false, true)]
    [InlineData("二〇二一年一月十五日", false, true)]
    [InlineData("2021年2月8日召开", false, false)]
    [InlineData("2026年11月30日 星期一 阴", false, true)] // a diary's dateline
    [InlineData("11月30日（周一）", false, true)]
    [InlineData("2026.11.30 周一 多云转晴", false, true)]
    [InlineData("2026年11月30日，晴", false, true)]
    [InlineData("11月30日晚", false, false)]
    [InlineData("2026年11月30日星期一上午召开会议", false, false)]
    public void AnOfficialDocumentsTitleNumberAndDateAreLinesOfTheirOwn(string line, bool title, bool field)
    {
        Assert.Equal(title, OfficialDocuments.IsTitle(line));
        Assert.Equal(field, OfficialDocuments.IsNumber(line) || OfficialDocuments.IsDate(line));
    }

    /// <summary>
    /// A dateline is no summary (before: textrank and lead-1 <c>2026年11月30日 星期一 阴</c> at 20 for a diary's entry, and
    /// <c>11月30日（周一）</c>).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromADiarysDateline()
    {
        AssertNoSummaryTakenFrom(SocialPosts.Diaries, SocialPosts.KeepsTheDateline);
        Assert.Equal("今天终于把论文初稿交给导师了。", LeadSentenceSummarizer.Summarize(SocialPosts.Diaries[0], 20));
    }

    [Fact]
    public void ASalutationIsAFieldOnlyWhereTheDocumentOpensIt()
    {
        Assert.True(OfficialDocuments.IsSalutation("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："));
        Assert.Equal([true, false], BibliographicFields.Fields(["尊敬的各位家长：", "学校将于1月20日开始放假。"]));
        Assert.Equal([false, true, false], BibliographicFields.Fields(["关于做好春季农业生产工作的通知", "各省农业农村厅：", "现将有关事项通知如下。"]));

        // A line a wrap ended at a colon, in the middle of a text or first with Latin words and digits (md dev 0845 wrapped
        // at 48 columns), is the text's own.
        Assert.False(OfficialDocuments.IsSalutation("设计并制作了两个器件,一个是微腔有机电致发光器件(MOLED):"));
        Assert.Equal([false, false, false], BibliographicFields.Fields(["研究了施氮量的影响。", "在此基础上提出了三种改进方法：", "一是减量施氮。"]));
        Assert.Equal([false, true, true], BibliographicFields.Fields(["现将有关事项通知如下。", "农业农村部办公厅", "2021年2月8日"]));
        Assert.Equal([false, false], BibliographicFields.Fields(["现将有关事项通知如下。", "农业农村部办公厅"]));
    }

    [Theory]
    [InlineData("会议时间：2021年3月5日", true)]
    [InlineData("参会人员：李四、王五、赵六", true)]
    [InlineData("拉丁学名：Ailuropoda melanoleuca", true)]
    [InlineData("会议议题：讨论研究生培养方案修订工作。", true)]
    [InlineData("主持人：张三", true)] // a speaker's label naming a field
    [InlineData("答：缓解信贷约束是其主要作用机制。", false)] // a speaker's turn
    [InlineData("目的：探讨二甲双胍对血脂的影响", false)] // a structured abstract's section
    [InlineData("方法:69例患者随机分为试验组和对照组。", false)]
    [InlineData("结果表明：施氮量为180 kg/hm2时产量最高，氮素利用效率降低", false)] // a comma: prose
    [InlineData("其作用机制是什么：缓解信贷约束", false)] // a label of more than six characters
    [InlineData("问：其作用机制是什么？", false)]
    [InlineData("甲方（出租方）：李四", true)] // a party's role in brackets (stop 55)
    [InlineData("其作用机制（见表1）是什么：缓解信贷约束", false)]
    [InlineData("开放时间：8:30-17:00（16:00停止入院），周一闭馆", true)] // a time's, a place's or a price's value may have parts (stop 57)
    [InlineData("门票：旺季60元，淡季40元", true)]
    [InlineData("地址：北京市东城区景山前街4号，近地铁站", true)]
    [InlineData("张三：好的，我们开始吧", false)] // a name's label with such a value is a turn
    [InlineData("研究时间：2019年至2021年，共三年。研究结论：有效", false)] // a sentence's end inside
    public void AFormsLineIsAShortLabelAndAValueWithNoSentenceInIt(string line, bool form) => Assert.Equal(form, FormLines.Is(line));

    [Theory]
    [InlineData("开幕式 9:00", true)]
    [InlineData("9:30-10:30 主旨报告：数字普惠金融与乡村振兴", true)]
    [InlineData("上午 10:00 参观科技馆", true)]
    [InlineData("茶歇　10:30～10:45", true)]
    [InlineData("会议于上午 9:30", true)] // the shape alone: one line is no timetable (below)
    [InlineData("会议于上午9:30在学院三楼会议室召开。", false)] // a sentence
    [InlineData("9:00 开幕式，校长致辞", false)] // a comma: prose
    [InlineData("比例为1:15 的培养液", false)] // a ratio, not a time: no space before it
    [InlineData("开幕式", false)]
    public void ATimetablesLineIsATimeAndAShortItem(string line, bool timetable) => Assert.Equal(timetable, FormLines.IsTimetableLine(line));

    [Theory]
    [InlineData("证券代码：600519　　证券简称：某某股份　　公告编号：临2021-018", true)]
    [InlineData("姓名：张某 性别：男 年龄：45岁 住院号：20210315", true)]
    [InlineData("通用名称：阿莫西林胶囊 英文名称：Amoxicillin Capsules", true)] // a value with a space of its own
    [InlineData("科室：呼吸内科\t床号：12", true)]
    [InlineData("会议时间：2021年3月5日", false)] // one field: a form's line, a form only beside another
    [InlineData("结果：有效 结论：可行", false)] // a structured abstract's sections
    [InlineData("时间：2021年3月5日 地点：北京，会议由张三主持", false)] // a comma: prose
    [InlineData("研究表明：施氮量 产量：最高。", false)] // a sentence's end in a value
    [InlineData("其作用机制是什么：缓解信贷约束 问：为什么", false)] // a label of more than six characters
    [InlineData("委托人：张三，身份证号：110101198001011234", true)] // fields set apart by a comma (stop 55)
    [InlineData("时间：2021年3月5日，会议由张三主持", false)] // a comma before no label: prose
    public void ARowOfFieldsIsTwoOrMoreLabelsWithTheirValuesSideBySide(string line, bool row) => Assert.Equal(row, FormLines.IsFieldRow(line));

    [Theory]
    [InlineData("From: Zhang San <zhangsan@example.com>", true)]
    [InlineData("Sent: Friday, March 5, 2021 10:32 AM", true)] // commas in a date
    [InlineData("subject: Re: 培养方案修订意见", true)]
    [InlineData("发件人：张三 <zhangsan@example.com>", true)]
    [InlineData("抄送：王五", true)]
    [InlineData("To:", false)] // no value
    [InlineData("Tomorrow: 会议改到下午", false)]
    [InlineData("To be continued: 本研究的下一步工作", false)]
    public void AnEmailsHeaderLineIsAHeaderLabelAndAnyValue(string line, bool header) => Assert.Equal(header, FormLines.IsMailHeader(line));

    [Theory]
    [InlineData("原创 张三 某某科技 2021-03-05 10:32", true)]
    [InlineData("某某日报 2021年3月5日", true)]
    [InlineData("转载 新华社 2021/03/05", true)]
    [InlineData("2021-03-05 10:32", false)] // a date alone: an official document's or a chat's
    [InlineData("本研究于 2021-03-05 完成。", false)]
    [InlineData("近日，某某大学研究团队 2021-03-05", false)] // a comma: prose
    [InlineData("本文转载自微信公众号“科普中国”。", true)] // where it was taken from (before: lead-1's summary)
    [InlineData("——摘自《人民日报》2026年4月23日评论", true)]
    [InlineData("转自新华网", true)]
    [InlineData("本文转载自网络，如有侵权请联系删除。", false)] // a sentence that goes on
    [InlineData("该病毒转自蝙蝠宿主的证据不足。", false)]
    public void AnArticlesBylineIsNamesAndADate(string line, bool byline) => Assert.Equal(byline, WebPageChrome.IsByline(line));

    /// <summary>
    /// A chat answer's points, each label in bold over a list: before, textrank at 40 gave
    /// 核心观点：数字普惠金融显著促进了农户收入增长。作用机制：。促进非农就业, the bare label glued between two sentences. Since
    /// stop 53 the points' own labels (核心观点, 政策含义) are section labels, and no colon is left.
    /// </summary>
    [Fact]
    public void ALabelWhoseValueIsTheListUnderItIsAField()
    {
        foreach (var budget in new int?[] { 20, 40, 60, null })
        {
            var summary = TextRank.Summarize(MarkdownTexts.Answer, budget);
            Assert.DoesNotContain("作用机制", summary, StringComparison.Ordinal);
            Assert.True(summary.AsSpan().IndexOfAny("*：") < 0, summary);
        }

        Assert.Equal([false, true, false, false], BibliographicFields.Fields(["核心观点：数字普惠金融显著促进了农户收入增长。", "作用机制：", "缓解信贷约束", "促进非农就业"]));
    }

    [Theory]
    [InlineData("作用机制：", true)]
    [InlineData("主要结论如下:", true)]
    [InlineData(" 技术路线： ", true)]
    [InlineData("作用机制：缓解信贷约束", false)] // a value on the line
    [InlineData("在此基础上提出了三种改进方法：", false)] // a sentence announcing a list, not a label
    [InlineData("ClassRBM:", false)]
    public void ABareLabelIsAShortLabelAndItsColonAlone(string line, bool bare) => Assert.Equal(bare, FormLines.IsBareLabel(line));

    [Theory]
    [InlineData("项目编号：MMXY-2026-088", true)]
    [InlineData("订单号: 20261201001", true)]
    [InlineData("版本：v2.3.1", true)]
    [InlineData("项目编号：待定", false)] // Han in the value
    [InlineData("型号：ABC", false)] // no number
    [InlineData("结果：95%", false)] // a structured abstract's section
    [InlineData("采购人：某某县人民医院", false)]
    public void ACodesLineIsALabelAndANumberAlone(string line, bool code) => Assert.Equal(code, FormLines.IsCode(line));

    /// <summary>
    /// A tender's number under its title is a line of its own and a field (before: textrank and lead-1
    /// <c>…采购项目招标公告项目编号：MMXY-2026-088</c> at 40, the number's line read as the title's wrapped end).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromACodesLine()
    {
        const string Tender = "某某县人民医院医疗设备采购项目招标公告\n项目编号：MMXY-2026-088\n一、项目概况\n某某县人民医院拟采购彩色多普勒超声诊断仪1台，预算金额180万元。\n二、投标人资格要求\n1. 具有独立承担民事责任的能力；\n2. 具有医疗器械经营许可证。\n三、获取招标文件\n时间：2026年12月7日至12月14日，每天上午9:00至11:30。\n四、联系方式\n采购人：某某县人民医院\n联系人：刘先生";
        Assert.StartsWith("某某县人民医院医疗设备采购项目招标公告\n项目编号", AnalysisText.Of(Tender).Shadow, StringComparison.Ordinal);
        AssertNoSummaryTakenFrom([Tender], summary => summary.Contains("编号", StringComparison.Ordinal) || summary.Contains("MMXY", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("通用名称：布洛芬缓释胶囊", 5)]
    [InlineData("项目名称： 城北污水处理厂扩建工程", 6)]
    [InlineData("名称：某某公司", 3)]
    [InlineData("通用名称：", 0)] // nothing follows
    [InlineData("英文名称 Amoxicillin", 0)] // no colon
    [InlineData("这项研究的名称：未定", 0)] // more than a label's words before 名称
    [InlineData("名称解释：术语表", 0)]
    [InlineData("报告题目：大语言模型的推理能力与局限", 5)]
    [InlineData("主题：关于下周项目评审会议的安排", 3)]
    [InlineData("标题： 某某", 4)]
    [InlineData("主题词：数字金融", 0)] // key words, not a title
    [InlineData("本次会议的主题：数字金融", 0)]
    public void ANamesLabelIsHanWordsBefore名称AndAColon(string text, int length) => Assert.Equal(length, FormLines.NameLabelLength(text));

    [Theory]
    [InlineData("报告题目：大语言模型的推理能力与局限", true)]
    [InlineData("主题：关于下周项目评审会议的安排", true)]
    [InlineData("  论文题目：某某", true)]
    [InlineData("通用名称：布洛芬缓释胶囊", false)] // a name, a field as a product's is
    [InlineData("报告人：陈华", false)]
    [InlineData("报告题目：", false)]
    public void ATitlesLineIsALabelOfATitleAndItsValue(string line, bool title) => Assert.Equal(title, FormLines.IsTitle(line));

    /// <summary>
    /// A form's line that gives the text's title under a label is summarized by its value, where the form's other lines give
    /// nothing (before: textrank <c>欢迎广大师生参加</c> for a lecture's notice at 20 and 40, every other line a field; an
    /// e-mail's subject was a header like the sender's, and textrank gave <c>请各小组提前准备汇报材料</c>).
    /// </summary>
    [Fact]
    public void ATitlesLineIsSummarizedByItsValue()
    {
        Assert.Equal("大语言模型的推理能力与局限", TextRank.Summarize(Forms.LectureNotice, 20));
        Assert.Equal("关于下周项目评审会议的安排", TextRank.Summarize(Forms.MailWithSubject, 20));
        Assert.Equal("报告题目：大语言模型的推理能力与局限", LeadSentenceSummarizer.Summarize(Forms.LectureNotice, 40));
    }

    /// <summary>
    /// A leaflet summarized by its name's line says the name without its label, and not the caution every leaflet prints (before:
    /// textrank <c>通用名称：布洛芬缓释胶囊</c> at 20; <c>阿莫西林胶囊说明书。请仔细阅读说明书并在医师指导下使用。本品主要成份为阿莫西林</c> at 40).
    /// </summary>
    [Fact]
    public void ALeafletIsSummarizedByTheNameNotItsLabelOrCaution()
    {
        const string Ibuprofen = "【药品名称】通用名称：布洛芬缓释胶囊\n【成份】本品主要成份为布洛芬。\n【适应症】用于缓解轻至中度疼痛如头痛、关节痛、偏头痛、牙痛、肌肉痛、神经痛、痛经。也用于普通感冒或流行性感冒引起的发热。\n【用法用量】口服。成人，一次1粒，一日2次（早晚各一次）。";
        Assert.Equal("布洛芬缓释胶囊", TextRank.Summarize(Ibuprofen, 20));
        foreach (var budget in new[] { 20, 40, 60 })
        {
            Assert.DoesNotContain("请仔细阅读", TextRank.Summarize(Leaflets.Amoxicillin, budget), StringComparison.Ordinal);
            Assert.DoesNotContain("名称", TextRank.Summarize(Ibuprofen, budget), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("更新时间：2026年12月1日", true)]
    [InlineData("发布日期: 2026.11.30", true)]
    [InlineData("日期：11月30日 星期一", true)]
    [InlineData("时间：2026年12月7日至12月14日，每天上午9:00至11:30。", false)] // a time and what happens in it
    [InlineData("结果：2020年1月1日", false)] // a structured abstract's section
    [InlineData("截止 日期：2027年1月31日", false)] // no label of Han alone
    [InlineData("更新内容：新增夜间模式", false)]
    public void ADatedLineIsALabelAndADateAlone(string line, bool dated) => Assert.Equal(dated, FormLines.IsDated(line));

    /// <summary>
    /// An app's release note: its date's line and the label under it are lines of their own (before: textrank
    /// <c>2026年12月1日更新内容</c> at 20, lead-1 <c>版本更新公告（v2.3.1）更新时间：2</c>, the three lines read as one wrapped sentence).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromADatedLine()
    {
        const string Release = "版本更新公告（v2.3.1）\n更新时间：2026年12月1日\n更新内容：\n1. 新增夜间模式；\n2. 优化了首页加载速度；\n3. 修复了部分机型闪退的问题。\n感谢您的支持！";
        Assert.StartsWith("版本更新公告（v2.3.1）\n更新时间：2026年12月1日\n更新内容：", AnalysisText.Of(Release).Shadow, StringComparison.Ordinal);
        AssertNoSummaryTakenFrom([Release], summary => summary.Contains("更新时间", StringComparison.Ordinal) || summary.Contains("12月1日", StringComparison.Ordinal) || summary.Contains("更新内容", StringComparison.Ordinal));
    }

    /// <summary>
    /// Before: lead-1 gave 您好！ (an e-mail) and 各位老师好！, textrank at 20 各位老师好！谢谢！祝好！张三 (a message on one line) and
    /// at 40 您好！学院决定成立培养方案修订工作小组，请您于3月20日前提交修订意见。张三 (the signature glued on).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromALettersGreetingThanksOrClosing()
    {
        AssertNoSummaryTakenFrom(LetterTexts.All, LetterTexts.TakesFromACourtesy);
        // The subject's line is no field since stop 54: the e-mail's own title opens it.
        Assert.Equal("主题：关于研究生培养方案修订的通知", LeadSentenceSummarizer.Summarize(LetterTexts.Email, 40));
        Assert.Equal("学院决定成立培养方案修订工作小组，请您于3月20日前提交修订意见。", LeadSentenceSummarizer.Summarize(LetterTexts.Email.Replace("主题：关于研究生培养方案修订的通知\n", string.Empty, StringComparison.Ordinal), 40));
    }

    /// <summary>
    /// Before: textrank <c>本公司董事会及全体董事保证本公告内容</c> (a listed company's announcement at 20) and <c>仅供参考，不构成投资建议。投资有风险，入市需谨慎</c>
    /// (an analyst's report at 40, pasted as one paragraph).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromAStatementAboutTheText()
    {
        AssertNoSummaryTakenFrom(DisclaimerTexts.All, DisclaimerTexts.TakesFromAStatement);
        Assert.Equal("秋天的香山红叶如火，吸引了大批游客前来观赏", TextRank.Summarize("秋天的香山红叶如火，吸引了大批游客前来观赏。据香山公园介绍，今年红叶观赏期预计持续到11月中旬。（文中图片来自网络）", 40));
        // Without IDF weights (this summarizer; the CLI's, with Jieba's IDF, still gives 预计公司2026-2028年归母净利润): since stop 59
        // the 年 of 2028年 is part of a date and no word, and the forecast's valuation wins.
        Assert.Equal("对应PE分别为25倍、20倍和17倍", TextRank.Summarize(DisclaimerTexts.Analyst, 20));
    }

    /// <summary>
    /// A Q&amp;A site's answer: thanks for the invitation, the disclosure of the author's interest and the sign-off are no summary
    /// (before: lead-1 <c>利益相关：某互联网大厂算法工程师。</c>, compressive <c>某互联网大厂算法工程师系统设计人的判断</c> at 20); a shop's
    /// reply under a review is not the review (before: textrank <c>买了一个月了，追评一下。商家回复：感谢您的支持，我们会继续努力</c> at 40).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromAnAnswersCourtesiesOrAShopsReply()
    {
        const string Answer = "谢邀。利益相关：某互联网大厂算法工程师。\n先说结论：大模型短期内不会完全取代程序员，但会显著改变程序员的工作方式。\n一方面，大模型已经能够完成大量重复性的编码工作；另一方面，需求分析、系统设计和调试仍然需要人的判断。\n以上，欢迎讨论。";
        const string Review = "买了一个月了，追评一下。\n追评：用了一个月，电池续航确实不错，一天一充没问题，就是充电有点慢。\n商家回复：感谢您的支持，我们会继续努力！";
        AssertNoSummaryTakenFrom([Answer], summary => summary.Contains("谢邀", StringComparison.Ordinal) || summary.Contains("利益相关", StringComparison.Ordinal) || summary.Contains("工程师", StringComparison.Ordinal) || summary.Contains("欢迎讨论", StringComparison.Ordinal));
        AssertNoSummaryTakenFrom([Review], summary => summary.Contains("商家", StringComparison.Ordinal) || summary.Contains("继续努力", StringComparison.Ordinal) || summary.Contains("追评：", StringComparison.Ordinal));
        Assert.StartsWith("先说结论：大模型短期内不会完全取代程序员", LeadSentenceSummarizer.Summarize(Answer, 40), StringComparison.Ordinal);
        Assert.True(WebPageChrome.IsSellersReply("掌柜回复：亲，感谢支持"));
        Assert.False(WebPageChrome.IsSellersReply("我们收到了商家回复：已经发货。"));
        Assert.True(Letters.IsGreeting("谢邀。"));
        Assert.True(Letters.IsStockPhrase("以上，欢迎讨论。"));
        Assert.False(Letters.IsStockPhrase("欢迎讨论数字金融的问题。"));
    }

    /// <summary>
    /// An encyclopedia's page pasted with its table of contents: the heading <c>目录</c> and a line repeating a numbered heading's
    /// words are headings too (before: textrank <c>人物生平</c> at 20, a section's heading over its text).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromATableOfContents()
    {
        const string Page = "李白（701年—762年），字太白，号青莲居士，唐代伟大的浪漫主义诗人，被后人誉为“诗仙”。\n目录\n1 人物生平\n2 主要作品\n3 人物评价\n人物生平\n李白出生于西域碎叶城，少年时即显露才华，25岁出蜀漫游。";
        AssertNoSummaryTakenFrom([Page], summary => summary.Contains("目录", StringComparison.Ordinal) || summary.Contains("人物生平", StringComparison.Ordinal) || summary.Contains("主要作品", StringComparison.Ordinal));
        Assert.True(PaperHeadings.IsContents("目 录"));
        Assert.False(PaperHeadings.IsContents("目录学研究"));
        Assert.Equal("研究设计", PaperHeadings.Words("2.1 研究设计").ToString());
        Assert.Equal(string.Empty, PaperHeadings.Words("图1 研究区位置").ToString()); // a caption's words keep its 图
        var fields = BibliographicFields.Fields(["1 引言", "本文研究数字金融。", "引言", "引言部分的写法值得讨论。"]);
        Assert.Equal([true, false, true, false], fields);
    }

    /// <summary>
    /// A video's script: its directions (【画面】, 镜头：) to the next label are what is seen, not what is said, and its narration's
    /// label goes (before: textrank <c>清晨的西湖，薄雾笼罩湖面</c> at 20 and 40, a shot's description).
    /// </summary>
    [Fact]
    public void NoSummaryIsTakenFromAScriptsDirections()
    {
        const string Script = "【画面】清晨的西湖，薄雾笼罩湖面。游船停在岸边。\n【解说】西湖位于浙江省杭州市西部，是中国著名的风景名胜区，2011年被列入世界遗产名录。\n镜头：游船缓缓驶过断桥。";
        Assert.Equal("西湖位于浙江省杭州市西部", TextRank.Summarize(Script, 20));
        foreach (var budget in new[] { 12, 40, 60 })
        {
            var summary = TextRank.Summarize(Script, budget);
            Assert.False(summary.Contains("薄雾", StringComparison.Ordinal) || summary.Contains("游船", StringComparison.Ordinal) || summary.Contains("解说", StringComparison.Ordinal), summary);
        }

        Assert.Equal([false, false], BibliographicFields.Fields(["应用场景：智慧城市。", "本文研究场景识别。"]));
    }

    [Theory]
    [InlineData("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担个别及连带责任。", true)]
    [InlineData("本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。", true)]
    [InlineData("免责声明：本报告仅供参考，不构成投资建议。", true)]
    [InlineData("投资有风险，入市需谨慎。", true)]
    [InlineData("声明：本文仅代表作者个人观点，不代表本平台立场。", true)]
    [InlineData("版权归原作者所有，如有侵权请联系删除。", true)]
    [InlineData("文章转载请注明出处", true)]
    [InlineData("本报告仅供参考，其中数据来自国家统计局。", false)] // goes on to its matter
    [InlineData("审计机构认为，公司财务报表不存在虚假记载。", false)] // a finding, not the company's guarantee
    [InlineData("投资有风险，但长期持有优质资产的回报可观。", false)]
    [InlineData("该专利侵权纠纷案已审结。", false)]
    [InlineData("利益相关：某互联网大厂算法工程师。", true)] // an answer's disclosure
    [InlineData("利益相关方包括政府、企业和农户。", false)]
    [InlineData("（文中图片来自网络）", true)] // where the pictures came from
    [InlineData("图片来源于网络，侵删。", true)]
    [InlineData("图片来自网络爬虫采集的数据集。", false)]
    public void AStatementAboutTheTextIsAGuaranteeDisclaimerWarningOrCopyrightNote(string sentence, bool statement) => Assert.Equal(statement, Disclaimers.Is(sentence));

    /// <summary>
    /// A speech's nod to those who spoke and its announcement of what comes next are steps of the meeting (stop 61's speech
    /// probe; before: textrank 刚才，几位同志作了很好的发言，我都同意 at 20, lead-1 the meeting's purpose).
    /// </summary>
    [Theory]
    [InlineData("刚才，几位同志作了很好的发言，我都同意。", true)]
    [InlineData("刚刚，王局长作了工作报告，讲得很好。", true)]
    [InlineData("刚刚，张市长通报了全市经济运行情况，讲得很好。", false)] // what was reported is matter
    [InlineData("我完全同意。", true)]
    [InlineData("下面，我再讲三点意见。", true)]
    [InlineData("最后，我再强调几点。", true)]
    [InlineData("下面我讲两个方面的问题：", true)]
    [InlineData("刚才的实验表明，该方法的精度提高了5%。", false)] // 刚才 of an experiment, no one spoke
    [InlineData("刚才，几位同志作了很好的发言，为我们下一步工作指明了方向，提供了重要遵循。", false)] // goes on to its matter
    [InlineData("我同意将该项目列入明年的重点工程，并追加预算500万元。", false)]
    [InlineData("我讲三点意见：一是提高认识，二是落实责任。", false)] // the points themselves
    [InlineData("专家普遍赞同这一观点。", false)]
    public void ASpeechsNodAndAnnouncementAreSteps(string sentence, bool step) => Assert.Equal(step, Speeches.IsStep(sentence));

    [Fact]
    public void ASpeechIsSummarizedFromItsMatter()
    {
        const string speech = "同志们，今天我们召开全市安全生产工作会议，主要任务是深入贯彻落实上级关于安全生产的决策部署，总结去年全市安全生产工作，分析当前面临的形势，安排部署今年的重点工作。"
            + "刚才，几位同志作了很好的发言，我都同意。下面，我再讲三点意见。";
        foreach (var budget in new[] { 20, 40, 60 })
        {
            var summary = TextRank.Summarize(speech, budget);
            Assert.False(summary.Contains("发言", StringComparison.Ordinal) || summary.Contains("意见", StringComparison.Ordinal), summary);
        }

        Assert.Equal("今天我们召开全市安全生产工作会议", TextRank.Summarize(speech, 20));
    }

    /// <summary>
    /// A reply's subject line (Re: …) is a line of its own and the salutation under it opens the message (before: textrank
    /// <c>Re: 关于项目进度的讨论王经理</c> at 20, the salutation read as the subject's wrapped end).
    /// </summary>
    [Theory]
    [InlineData("Re: 关于项目进度的讨论", true)]
    [InlineData("RE：Fwd: 培养方案", true)]
    [InlineData("回复：关于会议安排", true)]
    [InlineData("Result: 准确率提高了5%", false)]
    [InlineData("主题：关于研究生培养方案修订的通知", false)] // a header field, which the field labels know
    public void AReplysSubjectIsKnown(string line, bool subject) => Assert.Equal(subject, Letters.IsReplySubject(line));

    /// <summary>
    /// The line a mail client sets over a quoted message (stop 55; before: compressive 我下周一前把修改稿发给您2026年 at 40, the
    /// quote's date glued to the reply).
    /// </summary>
    [Theory]
    [InlineData("在 2026年11月30日 14:20，王老师 写道：", true)]
    [InlineData("在2026年11月30日，王老师写道:", true)]
    [InlineData("On Mon, Nov 30, 2026 at 2:20 PM Wang Li wrote:", true)]
    [InlineData("鲁迅在《故乡》中写道：", false)] // a quotation's introduction, no mail client's
    [InlineData("他在日记中写道：今天很开心。", false)] // what was written follows on the line
    [InlineData("作者写道", false)]
    public void AQuotedMessagesHeaderIsKnown(string line, bool header)
    {
        Assert.Equal(header, Letters.IsQuoteHeader(line));
        Assert.Equal(header, BibliographicFields.Fields(["好的，我下周一前把修改稿发给您。", line, "论文第三章的实验部分还需要补充对比实验。"])[1]);
    }

    [Fact]
    public void AReplysSubjectIsALineOfItsOwn()
    {
        Assert.Contains("讨论\n王经理：\n", AnalysisText.Of(LetterTexts.Answered).Shadow, StringComparison.Ordinal);
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.DoesNotContain("王经理", TextRank.Summarize(LetterTexts.Answered, budget), StringComparison.Ordinal);
            Assert.DoesNotContain("王经理", LeadSentenceSummarizer.Summarize(LetterTexts.Answered, budget), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("您好！", true)]
    [InlineData("各位老师好！", true)]
    [InlineData("你们好，", true)]
    [InlineData("Hi all,", true)]
    [InlineData("谢谢！", true)]
    [InlineData("感谢您的支持与配合！", true)]
    [InlineData("结果良好。", false)]
    [InlineData("大家好，欢迎收看本期节目。", false)] // a greeting that goes on to say something
    [InlineData("感谢国家自然科学基金的资助。", false)]
    [InlineData("Hierarchical models fit better.", false)]
    public void AGreetingIsACourtesyAlone(string sentence, bool greeting) => Assert.Equal(greeting, Letters.IsGreeting(sentence));

    [Theory]
    [InlineData("此致", true)]
    [InlineData("此致　敬礼！", true)]
    [InlineData("祝工作顺利！", true)]
    [InlineData("Best regards,", true)]
    [InlineData("祝某某等人提出了一种新方法。", false)]
    [InlineData("敬礼的动作要领包括三点。", false)]
    public void AClosingIsAFormulaAlone(string sentence, bool closing) => Assert.Equal(closing, Letters.IsClosing(sentence));

    /// <summary>
    /// A message's stock phrase is a courtesy (before: textrank <c>如有问题，请随时与我联系</c> at 20 for a supplier's e-mail,
    /// <see cref="LetterTexts.Quote"/>).
    /// </summary>
    [Theory]
    [InlineData("如有问题，请随时与我联系。", true)]
    [InlineData("如有任何疑问，请与我们联系", true)]
    [InlineData("欢迎随时联系我们！", true)]
    [InlineData("由此给您带来的不便，敬请谅解！", true)]
    [InlineData("不便之处，敬请见谅。", true)]
    [InlineData("欢迎垂询", true)]
    [InlineData("如有疑问，请致电95598。", false)] // the number to call informs
    [InlineData("请与当地农业部门联系获取种苗。", false)]
    [InlineData("施工带来的不便影响了周边居民的出行。", false)]
    [InlineData("敬备喜宴，恭候光临！", true)] // an invitation's
    [InlineData("大家好，欢迎收听本期《科技早知道》，我是主播小林。", true)] // a show's
    [InlineData("好了，本期节目就到这里，我们下期再见！", true)]
    [InlineData("大家好，我是一名护士。", false)]
    [InlineData("欢迎来到北京。", false)]
    [InlineData("本期节目邀请了三位专家。", false)]
    [InlineData("详细报名信息请访问官网  。", true)] // a pointer to more (the address left out), before: textrank's and lead-1's summary
    [InlineData("详情见附件。", true)]
    [InlineData("更多信息请关注我们的公众号！", true)]
    [InlineData("点击阅读原文", true)]
    [InlineData("详情请见图2所示的流程。", false)] // what it points to goes on
    [InlineData("具体情况请咨询当地医院。", false)] // whom to ask is advice
    [InlineData("详细信息包括姓名和电话。", false)]
    [InlineData("请仔细阅读说明书并在医师指导下使用。", true)] // a leaflet's caution, which every leaflet prints
    [InlineData("请仔细阅读说明书并按说明使用或在药师指导下购买和使用。", true)]
    [InlineData("请仔细阅读说明书中的禁忌部分。", false)]
    public void AStockPhraseIsACourtesyAlone(string sentence, bool phrase) => Assert.Equal(phrase, Letters.IsStockPhrase(sentence));

    [Fact]
    public void APointerToMoreIsNoSummary()
    {
        // Before, textrank (at 20 and 40) and lead-1 summarized a marathon's notice by where to read about it, lead-1 with the
        // spaces its address left: 详细报名信息请访问官网  。
        const string Notice = "详细报名信息请访问官网 https://www.example.com/signup 。本次马拉松比赛将于2027年3月15日在杭州举行，设全程、半程和迷你跑三个项目，报名截止日期为2027年1月31日。";
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.DoesNotContain("官网", TextRank.Summarize(Notice, budget), StringComparison.Ordinal);
            Assert.StartsWith("本次马拉松比赛", LeadSentenceSummarizer.Summarize(Notice, budget), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Stop 55: a contract's parties with their roles in brackets (甲方（出租方）：李四) and a power of attorney's principal with
    /// the number after a comma (委托人：张三，身份证号：…) are a form's fields (before: textrank 房屋租赁合同。甲方（出租方）：李四乙方（承租方）：王五
    /// at 40, its parties' two lines, as wide as each other, read as one wrapped paragraph; compressive 委托人：张三，身份证号：110101198001011234受托人：李四).
    /// A contract's title over them says what is agreed and stays a candidate, as a form's heading (基本信息) does not.
    /// </summary>
    [Fact]
    public void AContractsPartiesAndAPrincipalsNumberAreFields()
    {
        const string Lease = "房屋租赁合同\n甲方（出租方）：李四\n乙方（承租方）：王五\n第一条 甲方将位于北京市海淀区某小区3号楼502室的房屋出租给乙方使用，建筑面积89平方米。\n第二条 租赁期限自2026年1月1日起至2026年12月31日止。\n第三条 月租金为人民币6500元，按季度支付。";
        Assert.Equal([false, true, true, false], BibliographicFields.Fields(["房屋租赁合同", "甲方（出租方）：李四", "乙方（承租方）：王五", "第一条 甲方将位于北京市海淀区某小区3号楼502室的房屋出租给乙方使用，建筑面积89平方米。"]));
        Assert.Equal([true, true, true, false], BibliographicFields.Fields(["基本信息", "甲方（出租方）：李四", "乙方（承租方）：王五", "本合同自双方签字之日起生效。"]));
        Assert.Equal("房屋租赁合同", LeadSentenceSummarizer.Summarize(Lease, 20));
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.DoesNotContain("甲方（出租方）", TextRank.Summarize(Lease, budget), StringComparison.Ordinal);
        }

        const string Attorney = "授权委托书\n委托人：张三，身份证号：110101198001011234\n受托人：李四，身份证号：110101198502021234\n现委托李四代为办理本人名下房产过户相关手续。受托人在办理上述事项过程中所签署的有关文件，我均予以承认。\n委托期限：自签字之日起至上述事项办完为止。\n委托人（签字）：\n2026年3月1日";
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.DoesNotContain("身份证号", TextRank.Summarize(Attorney, budget), StringComparison.Ordinal);
            Assert.StartsWith("现委托李四代为办理本人名下房产过户", LeadSentenceSummarizer.Summarize(Attorney, budget), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Stop 55: a recipe's list of ingredients under its label says what is used, not what is done (before: textrank
    /// 五花肉500克、冰糖30克、生抽2勺 at 20, the whole list at 40).
    /// </summary>
    [Theory]
    [InlineData("食材：五花肉500克、冰糖30克、生抽2勺、老抽1勺、料酒2勺、葱姜适量。", true)]
    [InlineData("原料：面粉300克，鸡蛋2个，牛奶200毫升", true)]
    [InlineData("调料：盐 糖 生抽 醋", true)]
    [InlineData("材料：本研究以玉米秸秆为原料，采用碱处理法制备纤维素。", false)] // a sentence
    [InlineData("原料：玉米秸秆、小麦秸秆", false)] // two items: a form's line
    [InlineData("食材五花肉500克、冰糖30克、生抽2勺", false)] // no label
    public void ARecipesIngredientsAreAField(string line, bool ingredients)
    {
        Assert.Equal(ingredients, FormLines.IsIngredients(line));
        Assert.Equal(ingredients, BibliographicFields.Fields(["红烧肉的做法", line, "五花肉切块，冷水下锅焯水后捞出。"])[1]);
        if (ingredients)
        {
            var recipe = "红烧肉的做法\n" + line + "\n步骤：\n1. 五花肉切块，冷水下锅焯水后捞出。\n2. 锅中放少许油，加入冰糖小火炒出糖色。\n3. 放入五花肉翻炒上色，加入葱姜、料酒、生抽、老抽。";
            Assert.DoesNotContain(line[3..8], TextRank.Summarize(recipe, 20) + TextRank.Summarize(recipe, 40), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AFormsLineAloneIsNoField()
    {
        // CSL test holds 评价内容包括:结节最大径、环的最大厚度…: a form's shape beside a structured abstract's sections, no form.
        string[] sentences = ["目的:分析肺磨玻璃结节的CT表现。", "评价内容包括:结节最大径、环的最大厚度、完整性。", "结果:34个结节中32个为恶性。"];
        Assert.True(FormLines.Is(sentences[1]));
        Assert.Equal([false, false, false], BibliographicFields.Fields(sentences));
        Assert.Equal([true, true, false], BibliographicFields.Fields(["中文名：大熊猫", "界：动物界", "大熊猫是中国特有物种。"]));
        Assert.Equal([false, false, false], BibliographicFields.Fields(["会议于上午 9:30", "在学院三楼会议室召开。", "会议议程"]));
        Assert.Equal([true, true, true, false], BibliographicFields.Fields(["会议议程", "开幕式 9:00", "主旨报告 9:30", "本次会议由某某大学经济学院主办。"]));
        Assert.Equal([false, false, false], BibliographicFields.Fields(["会议议程", "开幕式 9:00", "本次会议由某某大学经济学院主办。"]));
    }

    /// <summary>
    /// A conference's schedule over two days (stop 56; before: every summarizer gave <c>09:00-11:30 青年学者论坛</c>, the one slot
    /// under the second day's date with no slot beside it, and the title over the first day's date read as an issuer signing).
    /// </summary>
    [Fact]
    public void AScheduleIsSummarizedByItsTitle()
    {
        const string Schedule = "第十二届全国智能计算学术会议日程\n12月10日（星期四）\n08:30-09:00 开幕式\n09:00-10:00 大会特邀报告：大模型时代的智能计算\n10:20-12:00 分组报告\n12月11日（星期五）\n09:00-11:30 青年学者论坛";
        Assert.Equal([false, true, true, false], BibliographicFields.Fields(["会议将于12月召开。", "12月11日（星期五）", "09:00-11:30 青年学者论坛", "欢迎参会。"]));
        Assert.Equal([true, true, false], BibliographicFields.Fields(["某某市教育局", "2026年12月1日", "欢迎参会。"])); // an issuer signing over its date
        foreach (var budget in new[] { 20, 40 })
        {
            Assert.Equal("第十二届全国智能计算学术会议日程", TextRank.Summarize(Schedule, budget));
            Assert.Equal("第十二届全国智能计算学术会议日程", LeadSentenceSummarizer.Summarize(Schedule, budget));
        }
    }

    [Fact]
    public void AFieldStillVotesForTheSentencesItsWordsAreIn()
    {
        var document = TextRank.Analyze(JournalPages.Economics);
        Assert.Equal(3, document.Fields); // grant, author, key words
        Assert.All(document.Sentences.TakeLast(document.Fields), s => Assert.Equal(string.Empty, s));
        Assert.All(document.SentenceWords.TakeLast(document.Fields), words => Assert.NotEmpty(words));
        Assert.Equal(document.Sentences.Count, document.SentenceWords.Length);
        var withoutKeyWords = TextRank.Analyze(JournalPages.Economics.Replace("\n关键词：数字金融；城乡收入差距；面板数据", string.Empty, StringComparison.Ordinal));
        Assert.Equal(2, withoutKeyWords.Fields);
        Assert.Equal(document.Sentences.Count - 1, withoutKeyWords.Sentences.Count);
    }

    [SharedFact]
    public void TheOneSharedAbstractWithAFieldKeepsTheSummaryItsKeyWordsVoteFor()
    {
        // cslmd-dev-0513 ends "...优化运行模型.关键词:服装生产流水线运行模型优化": the only field in CSL and its
        // multi-domain dev split. Left out of the graph, its key words no longer lift the sentence they repeat.
        var documents = CslData.Read("csl-md", "dev.jsonl").Concat(CslData.Read("csl", "train.jsonl")).Concat(CslData.Test());
        var withField = Assert.Single(documents, d => SentenceSplitter.Split(d.Source).Any(s => BibliographicFields.IsField(s)));
        var source = withField.Source;
        var field = source[source.IndexOf("关键词", StringComparison.Ordinal)..];
        var factory = new TextRankFactory();
        var shipped = (TextRankSummarizer)factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse("textrank"), factory.Parameters));
        var summary = shipped.Summarize(source, 20);
        Assert.False(JournalPages.TakesFromAField(summary), summary);
        Assert.DoesNotContain(field[4..], summary, StringComparison.Ordinal);
        Assert.NotEqual(shipped.Summarize(source.Replace(field, string.Empty, StringComparison.Ordinal), 20), summary);
    }

    [Fact]
    public void TextThatIsNothingButFieldsIsSummarizedAsWritten() =>
        Assert.NotEqual(string.Empty, TextRank.Summarize("关键词：数字金融；城乡收入差距；面板数据", 20));

    private static void AssertNoSummaryTakenFrom(IReadOnlyList<string> pages, Func<string, bool> takesFromMetadata)
    {
        foreach (var page in pages)
        {
            foreach (var budget in new int?[] { 12, 20, 30, null })
            {
                var textRank = TextRank.Summarize(page, budget);
                var lead = LeadSentenceSummarizer.Summarize(page, budget);
                Assert.NotEqual(string.Empty, textRank);
                Assert.False(takesFromMetadata(textRank), textRank);
                Assert.False(takesFromMetadata(lead), lead);
            }
        }
    }
}
