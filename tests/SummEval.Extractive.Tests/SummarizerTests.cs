using CsCheck;
using SummEval.Documents;
using SummEval.Extractive.Lead;
using SummEval.Extractive.Oracles;
using SummEval.Extractive.Selection;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Extractive.Tokenization;
using SummEval.Jieba;
using SummEval.Summarizers;
using SummEval.Testing;
using SummEval.Text;
using Xunit;

namespace SummEval.Extractive.Tests;

public sealed class SummarizerTests
{
    private static readonly ISummarizer[] All =
    [
        new LeadSentenceSummarizer(),
        new LeadCharsSummarizer(),
        new TextRankSummarizer(CjkBigramTokenizer.Instance, new TextRankOptions()),
        new TextRankSummarizer(CjkBigramTokenizer.Instance, new TextRankOptions { Similarity = SimilarityKind.Bm25 }),
        new TextRankSummarizer(CjkBigramTokenizer.Instance, new TextRankOptions { Unit = SelectionUnit.Sentence }),
        new TextRankSummarizer(CjkBigramTokenizer.Instance, new TextRankOptions { Unit = SelectionUnit.Clause }),
        new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { ObjectiveWeight = 2, ResultWeight = 0.3, NumericClauseWeight = 0.3, LeadWeight = 2.5, DropDangling = true }),
        new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { ConsensusWeight = 0.5, ConsensusPool = 8 }),
        new OracleSentenceSummarizer(),
        new OracleLcsSummarizer(),
    ];

    private static readonly string[] Pieces =
    [
"。", "，", "；", ".", "3.5", "a", "模型", "方法", "本文", "提出了", "（", "）", "𠀀", "\n", " ", "数据", "e.g.", "的",
    ];

    private static readonly Gen<string> Texts =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void NoSummarizerEverExceedsTheBudget() =>
        PropertyCheck.ForAll(Gen.Select(Texts, Texts, Gen.Int[0, 40]), t =>
        {
            var (source, reference, budget) = t;
            var document = new Document("d", source, [reference.Length == 0 ? "参考" : reference]);
            foreach (var summarizer in All)
            {
                var text = summarizer.SummarizeAsync(document, SummaryOptions.WithBudget(budget)).Result.Text;
                Assert.True(TextLength.Chars(text) <= budget, $"{summarizer.Name} produced {TextLength.Chars(text)} > {budget}: '{text}' from '{source}'");
            }
        }, seed: 20261129, iterations: 300);

    [Fact]
    public async Task SummariesAreDeterministic()
    {
        const string source = "本文针对图像分类问题，提出了一种基于注意力的卷积网络。该网络在三个数据集上取得了最好的结果。注意力机制提高了分类精度，减少了参数。";
        foreach (var summarizer in All)
        {
            var document = new Document("d", source, ["基于注意力的卷积网络图像分类"]);
            var first = (await summarizer.SummarizeAsync(document, SummaryOptions.WithBudget(20))).Text;
            var second = (await summarizer.SummarizeAsync(document, SummaryOptions.WithBudget(20))).Text;
            Assert.Equal(first, second);
            Assert.NotEmpty(first);
        }
    }

    [Fact]
    public void ANegativeBudgetIsRefusedWhereItIsGiven()
    {
        // Before: textrank reported it from deep inside its selection (budget ('-4')), lead-1 cut to nothing.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SummaryOptions.WithBudget(-5));
        Assert.Equal("MaxChars", error.ParamName);
        Assert.Equal(0, SummaryOptions.WithBudget(0).MaxChars);
        Assert.Null(SummaryOptions.WithBudget(null).MaxChars);
    }

    [Fact]
    public async Task ACancelledTokenCancelsEverySummarizer()
    {
        // Before, these never read the token: a cancelled run still summarized every document it was handed.
        var document = new Document("d", "本文提出了一种基于注意力的卷积网络。实验表明该网络提高了分类精度。", ["基于注意力的卷积网络"]);
        foreach (var summarizer in All)
        {
            var task = summarizer.SummarizeAsync(document, SummaryOptions.WithBudget(20), new CancellationToken(canceled: true));
            Assert.True(task.IsCanceled, summarizer.Name);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        }
    }

    [Fact]
    public void LeadSummarizersCutAtTheBudget()
    {
        Assert.Equal("第一句很长", LeadSentenceSummarizer.Summarize("第一句很长很长。第二句。", 5));
        Assert.Equal("第一句很长很长。", LeadSentenceSummarizer.Summarize("第一句很长很长。第二句。", null));
        Assert.Equal("短。第二", LeadCharsSummarizer.Summarize("  短。第二句。", 4));
        Assert.Equal("短。", LeadCharsSummarizer.Summarize("短。第二句。", null));

        // A cut between two English words leaves no space at the end (CSL test had six: "…(Cone-Beam ").
        Assert.Equal("This paper studies", LeadSentenceSummarizer.Summarize("This paper studies robustness. Next.", 19));
        Assert.Equal("This paper studies", LeadCharsSummarizer.Summarize("This paper studies robustness. Next.", 19));
    }

    [Fact]
    public void OracleLcsIsALongestCommonSubsequence()
    {
        Assert.Equal(4, Lcs.Subsequence("ABCBDAB", "BDCABA").Length);
        Assert.Equal("卷积网络分类", OracleLcsSummarizer.Summarize("本文提出卷积神经网络用于图像分类。", "卷积网络分类", null));
        Assert.Equal("卷积网", OracleLcsSummarizer.Summarize("本文提出卷积神经网络用于图像分类。", "卷积网络分类", 3));
        Assert.Equal(1.0, Lcs.RougeLF1("卷积网络", "卷积，网络"), 10);
        Assert.Equal(0.0, Lcs.RougeLF1("甲乙", "丙丁"));
    }

    [Fact]
    public void OracleSentencePicksTheSentenceClosestToTheReference()
    {
        var summary = OracleSentenceSummarizer.Summarize("无关的开头句子。卷积网络用于图像分类。其他内容。", "卷积网络图像分类", 20);
        Assert.Equal("卷积网络用于图像分类。", summary);
    }

    [Fact]
    public void TextRankPrefersCentralSentencesInSourceOrder()
    {
        var summarizer = new TextRankSummarizer(CjkBigramTokenizer.Instance, new TextRankOptions { Unit = SelectionUnit.Sentence });
        const string source = "天气很好。图像分类网络很好。图像分类网络很快。图像分类网络很准。";
        var summary = summarizer.Summarize(source, null);
        Assert.Contains("图像分类网络", summary);
    }

    [Fact]
    public void TextRankNeverOutputsAStructuredAbstractsLabels()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        const string source = "目的：分析木薯蚕蛹6种维生素含量。方法：采用高效液相色谱法测定。结果：结论：木薯蚕蛹维生素含量丰富。";
        foreach (var budget in new[] { 6, 10, 20, 40 })
        {
            var summary = summarizer.Summarize(source, budget);
            Assert.Equal(0, SectionLabels.LabelLength(summary));
            Assert.DoesNotContain("结果结论", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("方法", summary, StringComparison.Ordinal);
        }

        // The objective's verb goes too (stop 41): a title never opens on 分析.
        Assert.Equal("木薯蚕蛹6种维生素含量。", summarizer.Summarize("【目的】分析木薯蚕蛹6种维生素含量。", null));
    }

    [Theory]
    [InlineData("，，。。；")]
    [InlineData("……")]
    [InlineData("（）【】《》")]
    [InlineData("  ——  ")]
    public void TextRankGivesNothingForATextWithoutLettersOrDigits(string source)
    {
        foreach (var options in new TextRankOptions[] { new(), new() { Unit = SelectionUnit.Sentence }, new() { Unit = SelectionUnit.Clause } })
        {
            var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, options);
            Assert.Equal("", summarizer.Summarize(source, 20));
            Assert.Equal("", summarizer.Summarize(source, null));
        }

        // A number or a rare character outside the BMP is content (a sentence taken whole loses its full stop).
        Assert.Equal("12.5%，30%", new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions()).Summarize("12.5%，30%。", 20));
        Assert.Equal("𠮷", new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { Unit = SelectionUnit.Sentence }).Summarize("𠮷。", 20));
    }

    [Fact]
    public void TextRankSummarizesABilingualAbstractFromItsChineseSentences()
    {
        const string english = "Abstract: This study investigates the effect of digital finance on household consumption in China using CFPS data. The results show that digital finance significantly promotes consumption. Key words: digital finance; consumption. ";
        const string chinese = "摘要：本文利用中国家庭追踪调查数据，研究了数字金融对家庭消费的影响。结果表明，数字金融显著促进了家庭消费，且对农村家庭的影响更大。";
        foreach (var options in new TextRankOptions[] { new(), new() { Unit = SelectionUnit.Sentence }, new() { Unit = SelectionUnit.Clause } })
        {
            var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, options);
            foreach (var budget in new int?[] { 20, 30, null })
            {
                // Before: "This study中国家庭追踪调查数据" (a fragment of the English sentence glued to a Chinese clause).
                var expected = summarizer.Summarize(chinese, budget);
                Assert.Equal(expected, summarizer.Summarize(english + chinese, budget));
                Assert.Equal(expected, summarizer.Summarize(chinese + english, budget));
                Assert.DoesNotContain(expected, char.IsAsciiLetter);
            }

            // English on its own is still summarized.
            Assert.NotEqual(string.Empty, summarizer.Summarize(english, 20));
        }
    }

    [Fact]
    public void TextRankCutsALongTopicClauseAfterAWholeWord()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        const string source = "目的 观察补肾活血汤治疗老年单纯收缩期高血压患者的临床疗效及对血管内皮功能的影响.方法 将120例患者分为两组.";
        var summary = summarizer.Summarize(source, 20);
        Assert.StartsWith("补肾活血汤治疗老年", summary, StringComparison.Ordinal);
        var words = JiebaSegmenter.Default.Cut(source).ToList();
        var prefix = string.Empty;
        Assert.Contains(words.Select(w => prefix += w).Skip(1), p => p.EndsWith(summary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("比较了东南景天和油菜的修复效果", "东南景天和油菜的修复效果")]
    [InlineData("但节点失效后会产生跨机架流量", "节点失效后会产生跨机架流量")]
    public void ObjectiveVerbsLeaveNoDanglingParticle(string clause, string expected) =>
        Assert.Equal(expected, DiscourseMarkers.Strip(clause, objectiveVerbs: true));

    [Fact]
    public void ClauseRolesComeFromLabelsAndFraming()
    {
        Assert.Equal(ClauseRole.Objective, ClauseRoles.OfLabel("【目的】"));
        Assert.Equal(ClauseRole.Result, ClauseRoles.OfLabel("结果："));
        Assert.Equal(ClauseRole.Method, ClauseRoles.OfLabel("方法 "));
        Assert.Equal(ClauseRole.Other, ClauseRoles.OfLabel("结论："));
        Assert.Equal(ClauseRole.Method, ClauseRoles.OfFraming("通过"));
        Assert.True(ClauseRoles.IsMethodOpener("将"));
        Assert.True(ClauseRoles.IsResultWord("降低"));
        Assert.Equal(ClauseRole.Result, ClauseRoles.OfFraming("实验结果表明"));
        Assert.Equal(ClauseRole.Result, ClauseRoles.OfFraming("研究表明"));
        Assert.Equal(ClauseRole.Objective, ClauseRoles.OfFraming("本文提出了一种"));
        Assert.Equal(ClauseRole.Other, ClauseRoles.OfFraming("但"));
        Assert.Equal(ClauseRole.Other, ClauseRoles.OfFraming(string.Empty));
        Assert.True(ClauseRoles.IsDanglingOpener("且"));
        Assert.False(ClauseRoles.IsDanglingOpener("并行"));
        Assert.True(DiscourseMarkers.IsMarkerOnly("结果显示", objectiveVerbs: true));
        Assert.False(DiscourseMarkers.IsMarkerOnly("结果显示模型有效", objectiveVerbs: true));
    }

    [Fact]
    public void TextRankTagsEachClauseWithItsSectionOrFraming()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        var document = summarizer.Analyze(
            "目的：观察针刺治疗吞咽障碍的疗效。方法：将60例患者分为两组。结果：观察组有效率为93.3%。对照组为70.0%。" +
            "结果显示,针刺组评分明显降低。");
        var unstructured = summarizer.Analyze("为了解大语言模型在中文摘要任务上的实际能力,构建了评测集,且覆盖法律文书。研究表明,模型仍有事实性错误。");
        var roles = document.Clauses.Concat(unstructured.Clauses).ToDictionary(c => c.Text, c => c.Role);
        Assert.Equal(ClauseRole.Objective, roles["针刺治疗吞咽障碍的疗效"]);
        Assert.Equal(ClauseRole.Method, roles["将60例患者分为两组"]);
        Assert.Equal(ClauseRole.Result, roles["观察组有效率为93.3%"]);
        Assert.Equal(ClauseRole.Result, roles["结果显示"]);
        Assert.Equal(ClauseRole.Result, roles["对照组为70.0%"]);
        Assert.Equal(ClauseRole.Result, roles["针刺组评分明显降低"]);

        // "为了解" is "为" + the verb "了解", not "为了" + "解...": framing is stripped at word boundaries only.
        Assert.Equal(ClauseRole.Objective, roles["大语言模型在中文摘要任务上的实际能力"]);
        Assert.Equal(ClauseRole.Objective, roles["评测集"]);
        Assert.Equal(ClauseRole.Result, roles["模型仍有事实性错误"]);
        // "且" goes with the framing (no summary opens with a conjunction), and the clause is still dangling.
        Assert.True(unstructured.Clauses.Single(c => c.Text == "覆盖法律文书").Dangling);
    }

    [Fact]
    public void FramingNeverTakesTheFirstHalfOfAWord()
    {
        // jieba cuts 研究区 (the study area) into 研究 | 区: the marker 研究 stays, or the clause would open 区植被….
        // 设计出了 is framing as a whole, not 设计 leaving 出了一款….
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        const string Source = "以黄土高原典型小流域为研究区，利用遥感影像分析了植被覆盖度的时空变化。研究区植被覆盖度总体呈上升趋势，年均增长率为0.62%。" +
            "针对现有装置体积庞大的问题，设计出了一款轻巧便宜的新型恒温输液装置。";
        var document = summarizer.Analyze(Source);
        var clauses = document.Clauses.Select(c => c.Text).ToList();
        Assert.Contains("研究区植被覆盖度总体呈上升趋势", clauses);
        Assert.Contains("一款轻巧便宜的新型恒温输液装置", clauses);
        Assert.DoesNotContain(clauses, c => c.StartsWith('区') || c.StartsWith('出'));
        for (var budget = 8; budget <= 40; budget += 2)
        {
            var summary = summarizer.Summarize(Source, budget);
            Assert.False(summary.StartsWith('区') || summary.StartsWith('出'), $"{budget}: {summary}");
        }
    }

    [Fact]
    public void PatentReviewAndReportFramingIsStripped()
    {
        // A patent, a review and a report open with their own framing (本发明公开了一种, 本综述总结了, 本报告基于), as a paper
        // opens with 本文提出了: none of it belongs in a title. A budget cut never ends on 包括 or 以下, whose object follows.
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        const string Patent = "本发明公开了一种基于深度学习的水稻病害识别方法，包括以下步骤：采集水稻叶片图像并进行预处理；构建改进的卷积神经网络模型；利用训练好的模型对病害进行识别。本发明能够提高识别准确率，降低人工成本。";
        var clauses = summarizer.Analyze(Patent).Clauses.Select(c => c.Text)
            .Concat(summarizer.Analyze("本综述总结了肠道菌群与抑郁症关系的最新研究进展，讨论了菌群-肠-脑轴的作用机制。").Clauses.Select(c => c.Text))
            .Concat(summarizer.Analyze("本实用新型涉及一种便携式土壤采样器，包括手柄、采样管和推杆。").Clauses.Select(c => c.Text))
            .ToList();
        Assert.Contains("基于深度学习的水稻病害识别方法", clauses);
        Assert.Contains("肠道菌群与抑郁症关系的最新研究进展", clauses);
        Assert.Contains("便携式土壤采样器", clauses);
        for (var budget = 8; budget <= 40; budget += 2)
        {
            var summary = summarizer.Summarize(Patent, budget);
            Assert.False(summary.EndsWith("包括", StringComparison.Ordinal) || summary.EndsWith("以下", StringComparison.Ordinal), $"{budget}: {summary}");
        }
    }

    [Theory]
    [InlineData("本发明涉及农业机械技术领域", true)]
    [InlineData("属于食品加工技术领域", true)]
    [InlineData("本实用新型属于医疗器械领域", true)]
    [InlineData("涉及新能源材料领域", true)]
    [InlineData("三维数字图像相关方法已在众多工程技术领域中得到了日益广泛的应用", false)] // a field named, not stated
    [InlineData("是计算机技术领域在实际工程的重要应用", false)]
    [InlineData("属于食品加工技术领域，具体公开了一种低糖山楂糕的制备方法", false)] // a clause, not a sentence
    [InlineData("本发明涉及一种玉米秸秆还田机", false)]
    public void APatentsTechnicalFieldIsAStatementOfItsOwn(string clause, bool expected) =>
        Assert.Equal(expected, TechnicalFields.IsStatement(clause));

    [Fact]
    public void NoSummaryIsMadeOfAPatentsTechnicalField()
    {
        // Before, textrank spent 40 characters on 属于食品加工技术领域 and opened on 具体公开了一种: the field says where the invention
        // belongs and the framing announces it; the invention is what follows.
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        const string Cake = "本发明属于食品加工技术领域，具体公开了一种低糖山楂糕的制备方法，以山楂、木糖醇和果胶为原料，经打浆、浓缩、成型和干燥制得。所得山楂糕糖含量低，口感好。";
        const string Harvester = "本发明涉及农业机械技术领域，具体涉及一种玉米秸秆还田机，包括机架、粉碎刀辊和传动装置，所述粉碎刀辊通过轴承安装在机架上。本发明结构简单，粉碎效果好。";
        Assert.Equal("低糖山楂糕的制备方法", summarizer.Summarize(Cake, 20));
        foreach (var source in new[] { Cake, Harvester })
        {
            Assert.DoesNotContain(summarizer.Analyze(source).Clauses, c => c.Text.EndsWith("领域", StringComparison.Ordinal) || c.Text.StartsWith("具体", StringComparison.Ordinal));
            // (From 60 characters the opening sentence is taken whole, as a sentence with its framing stripped from its start.)
            for (var budget = 10; budget <= 40; budget += 5)
            {
                var summary = summarizer.Summarize(source, budget);
                Assert.False(summary.Contains("领域", StringComparison.Ordinal) || summary.Contains("具体", StringComparison.Ordinal), $"{budget}: {summary}");
            }
        }
    }

    [Theory]
    [InlineData("本文提出了一种新的基于边缘粒子滤波的改进算法，提高了目标个数估计的精度。", "基于边缘粒子滤波的改进算法")]
    [InlineData("针对回波特点，该文提出一种新的 TOPSAR全孔径成像算法，消除了频域模糊。", "TOPSAR全孔径成像算法")]
    [InlineData("本发明提供一种茶叶杀青装置，包括机架和滚筒。", "茶叶杀青装置")]
    public void WhatATextPutsForwardIsNamedWithoutBeingCalledNew(string source, string named)
    {
        // No title opens on 新的 (none of CSL train's 1000): before, 19 of textrank's summaries of it did at 20 characters.
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        Assert.Equal([named], summarizer.Analyze(source).Clauses.Where(c => c.Named).Select(c => c.Text));
    }

    [Fact]
    public void WhatATextPutsForwardStandsAloneHoweverShort()
    {
        // A patent names its invention after 一种 (本发明提供一种|茶叶杀青装置), and that noun phrase is its title whole. Before,
        // it was shorter than MinClauseChars and no candidate: textrank summarized a tea-leaf fixing machine as 滚筒转动设置于机架上
        // and a rice-growing method as 其中施肥步骤采用氮磷钾配施并控制氮肥用量, at 20 characters.
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        const string Machine = "本发明提供一种茶叶杀青装置，包括机架、滚筒、加热组件和传动机构，滚筒转动设置于机架上，加热组件设置于滚筒下方，传动机构驱动滚筒转动。本发明能够使茶叶受热均匀，提高杀青质量。";
        const string Method = "本发明公开了一种水稻抗倒伏栽培方法，包括选种、育秧、移栽、施肥和水分管理等步骤，其中施肥步骤采用氮磷钾配施并控制氮肥用量，水分管理采用间歇灌溉。采用本方法种植的水稻茎秆粗壮，倒伏率降低40%以上。";
        var named = summarizer.Analyze(Machine).Clauses.Where(c => c.Named).Select(c => c.Text).ToList();
        Assert.Equal(["茶叶杀青装置"], named);
        Assert.Contains("茶叶杀青装置", summarizer.Summarize(Machine, 20), StringComparison.Ordinal);
        Assert.Contains("水稻抗倒伏栽培方法", summarizer.Summarize(Method, 20), StringComparison.Ordinal);

        // A span inside a clause is not what the text puts forward, and at MinClauseChars the named clause is any clause.
        Assert.False(summarizer.Analyze(Machine).Clauses.Single(c => c.Named).From(1).Named);
        var plain = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { MinNamedClauseChars = 10 });
        Assert.DoesNotContain("茶叶杀青装置", plain.Summarize(Machine, 20), StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceCutForWantOfAnythingShorterLosesItsFramingFirst()
    {
        // When no clause fits, the top sentence is cut to the budget: before, its framing was kept and the cut backed off
        // to the framing alone (本发明) or spent the budget on it (本文简要介绍了CT).
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var source in new[] { "本发明公开了一种基于深度学习的水稻病害识别方法。", "因此,如何预防和治疗长期卧床患者的褥疮是护理工作的重点。" })
        {
            for (var budget = 6; budget <= 16; budget++)
            {
                var summary = summarizer.Summarize(source, budget);
                Assert.False(summary.Length == 0 || DiscourseMarkers.IsMarkerOnly(summary, objectiveVerbs: true), $"{budget}: {summary}");
                Assert.False(summary.StartsWith("本发明", StringComparison.Ordinal) || summary.StartsWith("因此", StringComparison.Ordinal), $"{budget}: {summary}");
                Assert.False(char.IsPunctuation(summary[0]), $"{budget}: {summary}");
            }
        }
    }

    [Fact]
    public void RolePriorsMoveTheSummaryFromResultsToTheObjective()
    {
        // The knapsack's own choice (consensus off), where the priors act.
        const string source = "结果表明,卷积网络图像分类准确率提高了12.5%,卷积网络图像分类速度提高了3倍。" +
            "本文研究注意力机制在遥感影像中的应用。卷积网络图像分类在遥感影像中很常见。";
        var plain = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { PositionDecay = 0, ObjectiveWeight = 1, ResultWeight = 1, ConsensusWeight = 0 }, TestIdf);
        var priors = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { PositionDecay = 0, ObjectiveWeight = 10, ResultWeight = 0.1, ConsensusWeight = 0 }, TestIdf);
        Assert.Contains("卷积网络", plain.Summarize(source, 16), StringComparison.Ordinal);
        Assert.Equal("注意力机制在遥感影像中的应用", priors.Summarize(source, 16));
        var numeric = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { PositionDecay = 0, ObjectiveWeight = 1, ResultWeight = 1, NumericClauseWeight = 0.01, ConsensusWeight = 0 }, TestIdf);
        Assert.DoesNotContain("%", numeric.Summarize(source, 16), StringComparison.Ordinal);
    }

    [Fact]
    public void DanglingClausesCannotStandAlone()
    {
        // The knapsack's own choice (consensus off).
        const string source = "医疗数据分散在不同医院。且受隐私法规限制难以集中共享医疗数据。";
        var dropping = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { PositionDecay = 0, MinClauseChars = 2, LeadWeight = 0.1, DropDangling = true, Unit = SelectionUnit.Clause, ConsensusWeight = 0 });
        var keeping = dropping.Options with { DropDangling = false };
        Assert.StartsWith("受隐私法规限制", new TextRankSummarizer(JiebaSegmenter.Default, keeping).Summarize(source, 16), StringComparison.Ordinal);
        Assert.Equal("医疗数据分散在不同医院", dropping.Summarize(source, 16));
    }

    /// <summary>
    /// Before: 阿莫西林胶囊说明书。口服 (at 16 and 20: the leaflet's 【用法用量】口服。) and …换届选举的公告。特此公告 (at 40): whole sentences
    /// filled the budget with one too short to stand alone, as no clause shorter than <see cref="TextRankOptions.MinClauseChars"/> does.
    /// </summary>
    [Fact]
    public void AShortSentenceNeverFillsTheBudget()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var text in new[] { Leaflets.Amoxicillin, Forms.Announcement })
        {
            foreach (var budget in new[] { 16, 20, 30, 40 })
            {
                var summary = summarizer.Summarize(text, budget);
                // The best sentence may be short itself (阿莫西林胶囊说明书): none other is.
                var sentences = summary.Split('。', StringSplitOptions.RemoveEmptyEntries);
                Assert.True(sentences.Count(s => s.Length < Math.Min(summarizer.Options.MinClauseChars, budget)) <= 1, $"{budget}: {summary}");
                Assert.DoesNotContain("口服", summary, StringComparison.Ordinal);
                Assert.DoesNotContain("特此公告", summary, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// Before: 和完善数据分析模型 (a job posting at 20): the trim of an opener that leans on the sentence before took the verb a
    /// conjunction joins to the next one (建立|和|完善), and left the summary opening on the conjunction.
    /// </summary>
    [Fact]
    public void TrimmingAnOpenerNeverLeavesASummaryOpeningOnAConjunction()
    {
        const string posting = "高级数据分析师\n岗位职责：\n1. 负责公司业务数据的收集、整理和分析，为经营决策提供数据支持；\n2. 建立和完善数据分析模型，挖掘业务增长机会；\n3. 撰写数据分析报告，向管理层汇报分析结果。\n任职要求：\n1. 统计学、数学或计算机相关专业本科及以上学历；\n2. 3年以上数据分析工作经验，熟练使用SQL和Python；\n3. 具备良好的沟通能力和团队合作精神。";
        var factory = new TextRankFactory();
        var summarizer = (TextRankSummarizer)factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse("textrank"), factory.Parameters));
        Assert.Equal("建立和完善数据分析模型", summarizer.Summarize(posting, 20));
        foreach (var budget in new[] { 12, 16, 30, 40 })
        {
            var summary = summarizer.Summarize(posting, budget);
            Assert.False(summary.Length > 0 && summary[0] is '和' or '与' or '及' or '或', $"{budget}: {summary}");
        }
    }

    [Fact]
    public void NoSummaryOpensWithAConjunctionButWordsThatStartLikeOneStay()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        var document = summarizer.Analyze("现有方法难以处理大规模图数据,并实现了一种分布式图划分算法,以及基于该算法的并行计算框架。");
        var texts = document.Clauses.Select(c => c.Text).ToList();
        Assert.True(texts.Contains("实现了一种分布式图划分算法"), string.Join(" / ", texts));
        Assert.Contains("基于该算法的并行计算框架", texts);
        Assert.All(document.Clauses.Where(c => c.Text != "现有方法难以处理大规模图数据"), c => Assert.True(c.Dangling, c.Text));

        // Stripped only where Jieba ends a word: "并行" is a word, not "并" + "行".
        Assert.StartsWith("并行", summarizer.Analyze("并行计算框架提高了图划分的效率。").Clauses[0].Text, StringComparison.Ordinal);
        Assert.True(ClauseRoles.IsDanglingFraming("并"));
        Assert.True(ClauseRoles.IsDanglingFraming("以及"));
        Assert.False(ClauseRoles.IsDanglingFraming("本文提出"));
        Assert.False(ClauseRoles.IsDanglingFraming(string.Empty));
    }

    private static double TestIdf(string word) => 1;

    [Fact]
    public void KnapsackSelectionIsOptimalAndInSourceOrder()
    {
        Assert.Equal([1, 2], BudgetedSelector.Select([5, 3, 2], [5.0, 4.0, 3.0], 5));
        Assert.Equal([0], BudgetedSelector.Select([5, 3, 2], [10.0, 4.0, 3.0], 5));
        Assert.Empty(BudgetedSelector.Select([6, 7], [1.0, 1.0], 5));
    }

    [Theory]
    [InlineData("本文提出了一种新方法", "新方法")]
    [InlineData("针对图像分类问题", "图像分类问题")]
    [InlineData("实验结果表明该方法有效", "该方法有效")]
    [InlineData("本文", "本文")]
    [InlineData("卷积网络", "卷积网络")]
    public void StripsLeadingDiscourseMarkers(string clause, string expected) =>
        Assert.Equal(expected, DiscourseMarkers.Strip(clause));

    [Fact]
    public void FactoryValidatesDamping()
    {
        var factory = new TextRankFactory();
        var spec = SummarizerSpec.Parse("textrank:damping=1.5");
        Assert.Throws<SummarizerSpecException>(() => factory.Create(SummarizerArguments.Bind(spec, factory.Parameters)));
        Assert.True(((ISummarizerFactory)new OracleLcsFactory()).IsOracle);
        Assert.False(((ISummarizerFactory)factory).IsOracle);
    }
}
