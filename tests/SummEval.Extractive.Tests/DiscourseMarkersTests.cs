using SummEval.Extractive.Selection;
using SummEval.Extractive.Sentences;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

// The public strip that takes the clause's words: a library user's clause never loses part of a word (和谐社会, 并行计算,
// 对比分析), which the character-level strip does, and it strips as textrank does.
public sealed class DiscourseMarkersTests
{
    [Theory]
    [InlineData("和谐社会的构建", "和谐|社会|的|构建", "和谐社会的构建")]
    [InlineData("并行计算的调度算法", "并行|计算|的|调度|算法", "并行计算的调度算法")]
    [InlineData("对比分析两种方法", "对比|分析|两种|方法", "对比分析两种方法")]
    [InlineData("研究区植被覆盖度的变化", "研究|区|植被|覆盖度|的|变化", "研究区植被覆盖度的变化")]
    [InlineData("研究人员对10万名成年人进行了随访", "研究|人员|对|10|万名|成年人|进行|了|随访", "研究人员对10万名成年人进行了随访")] // the researchers
    [InlineData("研究团队发现了一种新材料", "研究|团队|发现|了|一种|新|材料", "研究团队发现了一种新材料")]
    [InlineData("研究结论可为乡村旅游目的地的差异化营销提供参考", "研究|结论|可|为|乡村|旅游|目的地|的|差异化|营销|提供|参考", "研究结论可为乡村旅游目的地的差异化营销提供参考")] // the study's conclusion (stop 60)
    [InlineData("研究对象为某市居民", "研究|对象|为|某市|居民", "研究对象为某市居民")]
    [InlineData("研究结果表明模型有效", "研究|结果|表明|模型|有效", "模型有效")] // framing still
    [InlineData("研究人工智能的伦理问题", "研究|人工智能|的|伦理|问题", "人工智能的伦理问题")]
    [InlineData("我们县早就该这样了", "我们|县|早就|该|这样|了", "我们县早就该这样了")] // our county (before: 县早就该这样了)
    [InlineData("我们提出一种新方法", "我们|提出|一种|新|方法", "新方法")]
    [InlineData("本文提出了一种新的调度算法", "本文|提出|了|一种|新|的|调度|算法", "新的调度算法")]
    [InlineData("因此，模型更加有效", "因此|，|模型|更加|有效", "模型更加有效")]
    [InlineData("为了解大语言模型的能力", "为|了解|大|语言|模型|的|能力", "了解大语言模型的能力")]
    public void WholeWordsOnlyAreStripped(string clause, string words, string expected) =>
        Assert.Equal(expected, DiscourseMarkers.Strip(clause, words.Split('|'), objectiveVerbs: false));

    /// <summary>
    /// Jieba's HMM glues an observation group's 组 to the next character (观察|组在|此基础…): the objective verb 观察 stays with
    /// its 组 (before: textrank 组在此基础上加用沙库巴曲缬沙坦 at 20 for a clinical abstract).
    /// </summary>
    [Fact]
    public void AGroupJiebaGluedToTheNextWordKeepsItsVerb()
    {
        Assert.Equal("观察组在此基础上加用沙库巴曲缬沙坦", DiscourseMarkers.Strip("观察组在此基础上加用沙库巴曲缬沙坦", "观察|组在|此基础|上加用|沙|库巴|曲|缬沙坦".Split('|'), objectiveVerbs: true));
        Assert.Equal("糖尿病患者的疗效", DiscourseMarkers.Strip("观察糖尿病患者的疗效", "观察|糖尿病|患者|的|疗效".Split('|'), objectiveVerbs: true));
        Assert.Equal("组成成分的变化", DiscourseMarkers.Strip("研究组成成分的变化", "研究|组成|成分|的|变化".Split('|'), objectiveVerbs: true)); // 组成 is a word
    }

    // 研究发现，… chosen whole: its subject 研究 is framing, and the verb that reported the finding goes with it (before:
    // 发现，数字普惠金融显著促进了农户收入增长).
    [Theory]
    [InlineData("研究发现，")]
    [InlineData("本研究发现，")]
    [InlineData("研究表明：")]
    [InlineData("我们认为, ")]
    public void AFindingChosenWholeDoesNotOpenWithTheVerbThatReportedIt(string report)
    {
        var textRank = new SummEval.Extractive.TextRank.TextRankSummarizer(JiebaSegmenter.Default, new SummEval.Extractive.TextRank.TextRankOptions());
        var source = $"摘要：本文利用中国家庭金融调查数据，实证检验了数字普惠金融对农户收入的影响。{report}数字普惠金融显著促进了农户收入增长。感谢匿名审稿人对数字普惠金融研究提出的宝贵意见。";
        foreach (var budget in new[] { 20, 40, 80 })
        {
            var summary = textRank.Summarize(source, budget);
            Assert.DoesNotMatch("(^|。)(发现|表明|认为)", summary);
        }

        Assert.StartsWith("数字普惠金融显著促进了农户收入增长", textRank.Summarize(source, 40), StringComparison.Ordinal);
    }

    // A means or a target set off by its comma (针对这一问题，…, 通过学习，…) goes whole with its preposition, and the framing of the
    // clause after it (stop 56; before: textrank 这一问题，提出了一种基于随机森林的WebShell检测方法 at 40, 学习，我对新时代教师的职责…).
    [Theory]
    [InlineData("WebShell是一种常见的网络攻击手段，传统检测方法误报率较高。针对这一问题，提出了一种基于随机森林的WebShell检测方法。实验结果表明，该方法的准确率达到98%。", "基于随机森林的WebShell检测方法")]
    [InlineData("参加此次培训，我收获颇丰。通过学习，我对新时代教师的职责有了更深刻的认识。", "参加此次培训，我收获颇丰。我对新时代教师的职责有了更深刻的认识")]
    [InlineData("本文通过实验，验证了该方法的有效性。通过分析，我们发现了三个问题。", "验证了该方法的有效性。发现了三个问题")]
    public void AMeansOrATargetSetOffByItsCommaGoesWhole(string source, string summary) =>
        Assert.Equal(summary, new TextRank.TextRankSummarizer(JiebaSegmenter.Default, new TextRank.TextRankOptions()).Summarize(source, 40));

    // A benefactive 为 (为X提供了Y) names who gains: stripped as framing with its verb kept, X reads as the one who provides (stop 61's
    // biography probe: textrank 中国导弹和航天事业的发展作出了开创性贡献 at 20; md dev 0265 农机市场的需求增长提供了物质基础). The
    // piece ends before the verb instead: what gains is a topic.
    [Theory]
    [InlineData("为", "我国地铁车站的设计提供了新的思路", 9)]
    [InlineData("并为", "上层提供了PS/2接口的嵌入式系统驱动", 2)]
    [InlineData("为", "中国导弹和航天事业的发展作出了开创性贡献", 12)]
    [InlineData("为", "提供更好的服务", -1)] // 为 of purpose: no beneficiary before the verb
    [InlineData("作者认为", "该方法提供了新的思路", -1)] // a claim says what it says
    [InlineData("为", "系统提供的数据进行了分析", -1)] // the verb before 的 is attributive
    [InlineData("针对", "我国地铁车站的设计提供了新的思路", -1)]
    public void ABenefactivesVerbIsFound(string framing, string clause, int at) => Assert.Equal(at, DiscourseMarkers.BenefitVerbAt(framing, clause));

    [Fact]
    public void ABenefactiveSummaryNeverMakesItsBeneficiaryTheProvider()
    {
        const string source = "钱学森（1911年12月11日—2009年10月31日），浙江杭州人，世界著名科学家，空气动力学家，中国载人航天奠基人。1935年赴美留学，先后获得麻省理工学院硕士学位和加州理工学院博士学位。"
            + "1955年冲破重重阻力回到祖国，主持完成了“喷气和火箭技术的建立”规划，为中国导弹和航天事业的发展作出了开创性贡献。";
        const string review = "本文总结了欧美地铁车站在内部空间设计方面的可借鉴之处，为我国地铁车站的设计提供了新的思路。";
        var textRank = new TextRank.TextRankSummarizer(JiebaSegmenter.Default, new TextRank.TextRankOptions());
        foreach (var budget in new[] { 20, 30, 40, 60, 80 })
        {
            // With its 为 the clause says what it says (a summary that fits the whole clause keeps it).
            Assert.DoesNotMatch("(^|，)中国导弹和航天事业的发展作出", textRank.Summarize(source, budget));
            Assert.DoesNotMatch("(^|，)我国地铁车站的设计提供", textRank.Summarize(review, budget));
        }
    }

    // A comma inside quotes is the quotation's, not the one that sets off a means (stop 61's poetry probe; before: textrank
    // 低头思故乡”两个动作 at 40, the quotation's first line and its opening mark stripped with 通过).
    [Fact]
    public void AQuotationsCommaSetsOffNoMeans()
    {
        const string source = "李白《静夜思》以月光起兴，通过“举头望明月，低头思故乡”两个动作，将游子思乡之情表达得含蓄而深沉。全诗语言平易，不假雕饰，却意味深长，历来被视为五言绝句的典范。"
            + "本文从意象、结构和声律三个方面对该诗进行了细读，认为其艺术魅力在于以简驭繁、情景交融。";
        var textRank = new TextRank.TextRankSummarizer(JiebaSegmenter.Default, new TextRank.TextRankOptions());
        foreach (var budget in new[] { 20, 30, 40, 60 })
        {
            var summary = textRank.Summarize(source, budget);
            Assert.Equal(summary.Count(c => c == '“'), summary.Count(c => c == '”'));
        }

        Assert.Contains("“举头望明月，低头思故乡”两个动作", textRank.Summarize(source, 40), StringComparison.Ordinal);
    }

    /// <summary>
    /// 对 before an effect verb names who is affected or addressed, and stays (before: textrank gave an apology's
    /// <c>对广大消费者造成了误导</c> as <c>广大消费者造成了误导</c>, the consumers misleading, and a policy story's
    /// <c>对“双减”工作作出部署</c> as <c>“双减”工作作出部署</c>); before a light verb it frames the object (对X进行Y), and goes.
    /// </summary>
    [Theory]
    [InlineData("对广大消费者造成了误导", "对广大消费者造成了误导")]
    [InlineData("对方位角估计精度不产生影响", "对方位角估计精度不产生影响")]
    [InlineData("对环境带来严重污染", "对环境带来严重污染")]
    [InlineData("对注入漏洞产生和利用的必要条件进行分析", "注入漏洞产生和利用的必要条件进行分析")] // a light verb's object
    [InlineData("对由直销渠道构成的供应链系统", "由直销渠道构成的供应链系统")] // 构成的: no verb of the clause
    [InlineData("对系统的稳定性进行了分析", "系统的稳定性进行了分析")]
    [InlineData("对“双减”工作作出部署", "对“双减”工作作出部署")] // who is addressed (stop 58)
    [InlineData("对各个系统之间数据同步的安全性提出了更高的要求", "对各个系统之间数据同步的安全性提出了更高的要求")]
    [InlineData("对困难家庭给予一次性补助", "对困难家庭给予一次性补助")]
    [InlineData("对所提出的算法进行了仿真", "所提出的算法进行了仿真")] // 提出的: no verb of the clause
    public void APrepositionBeforeAnEffectStays(string clause, string expected) =>
        Assert.Equal(expected, DiscourseMarkers.Strip(clause));

    [Fact]
    public void AnApologysSummaryKeepsWhoWasMisled() =>
        Assert.DoesNotContain("，广大消费者", new TextRank.TextRankSummarizer(JiebaSegmenter.Default, new TextRank.TextRankOptions()).Summarize(SummEval.Testing.OfficialTexts.Apology, 40), StringComparison.Ordinal);

    [Fact]
    public void TheCharacterLevelStripCutsTheWordsTheWordStripKeeps()
    {
        // The reason the word overload exists: the same markers, read character by character, end inside these words.
        Assert.Equal("谐社会的构建", DiscourseMarkers.Strip("和谐社会的构建"));
        Assert.Equal("行计算的调度算法", DiscourseMarkers.Strip("并行计算的调度算法"));
        Assert.Equal("比分析两种方法", DiscourseMarkers.Strip("对比分析两种方法"));
    }

    [Fact]
    public void ObjectiveVerbsAreStrippedAtWordEndsToo() =>
        Assert.Equal("大语言模型的能力", DiscourseMarkers.Strip("为了解大语言模型的能力", "为|了解|大|语言|模型|的|能力".Split('|'), objectiveVerbs: true));

    [Fact]
    public void WordsThatDoNotSpellTheClauseGiveTheCharacterLevelStrip()
    {
        Assert.Equal(DiscourseMarkers.Strip("本文提出了一种算法"), DiscourseMarkers.Strip("本文提出了一种算法", ["本文", "提出"], objectiveVerbs: false));
        Assert.Equal("模型", DiscourseMarkers.Strip("模型", [], objectiveVerbs: false));
    }

    [Fact]
    public void EveryStripOfTheSampleEndsWhereAJiebaWordEnds()
    {
        // Each clause of the built-in sample, at every suffix a word starts (so markers meet many word contexts): what
        // is stripped is whole words and the separators after them.
        var checkedClauses = 0;
        foreach (var document in CslData.Sample())
        {
            foreach (var sentence in SentenceSplitter.Split(document.Source))
            {
                foreach (var clause in ClauseSplitter.Split(sentence))
                {
                    var words = JiebaSegmenter.Default.Cut(clause);
                    var offset = 0;
                    for (var w = 0; w < words.Count; offset += words[w].Length, w++)
                    {
                        var tail = clause[offset..];
                        var tailWords = JiebaSegmenter.Default.Cut(tail);
                        foreach (var objectiveVerbs in new[] { false, true })
                        {
                            var rest = DiscourseMarkers.Strip(tail, tailWords, objectiveVerbs);
                            Assert.EndsWith(rest, tail, StringComparison.Ordinal);
                            var removed = tail[..^rest.Length].TrimEnd(' ', '\u3000', ',', '，', '、', ';', '；', ':', '：');
                            var ends = new HashSet<int> { 0 };
                            var end = 0;
                            foreach (var word in tailWords)
                            {
                                ends.Add(end += word.Length);
                            }

                            Assert.True(ends.Contains(removed.Length), $"'{tail}' stripped to '{rest}' inside a word ({string.Join("|", tailWords)})");
                            checkedClauses++;
                        }
                    }
                }
            }
        }

        Assert.True(checkedClauses > 1000, $"only {checkedClauses} clauses checked");
    }
}
