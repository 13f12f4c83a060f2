using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class SummaryDecoderTests
{
    // Words as jieba cuts them: 基于 | 图 | 神经网络 | 的 | 推荐 | 方法 | 。
    private static readonly AnalyzedDocument Document = DocumentAnalyzer.Default.Analyze("基于图神经网络的推荐方法。");

    private static double[] Probabilities(params (string Word, double P)[] given)
    {
        var map = given.ToDictionary(g => g.Word, g => g.P);
        return [.. Document.Words.Select(w => map.GetValueOrDefault(w.Text))];
    }

    [Fact]
    public void CutCostKeepsAWordThatWouldOtherwiseSplitAPhrase()
    {
        Assert.Equal(["基于", "图", "神经网络", "的", "推荐", "方法", "。"], Document.Words.Select(w => w.Text));

        // 图 is a little below the threshold: without a cut cost the decoder drops it and starts at 神经网络.
        var p = Probabilities(("图", 0.08), ("神经网络", 0.6), ("的", 0.3), ("推荐", 0.6), ("方法", 0.6));
        Assert.Equal("神经网络的推荐方法", SummaryDecoder.Summarize(Document, p, 20, 0.1, 0.25, cutPenalty: 0));

        // Starting right after 图 now costs 0.5 × 0.08 = 0.04 more, keeping it costs only 0.02 (gain (0.08 − 0.1) × 1).
        Assert.Equal("图神经网络的推荐方法", SummaryDecoder.Summarize(Document, p, 20, 0.1, 0.25, cutPenalty: 0.5));
    }

    [Fact]
    public void SegmentsNeverMeetParticleToParticle()
    {
        // 芯片 | 的 | 接口 | 的 | 嵌入式 | 设计 | 。: dropping 接口 alone joined two segments at 的 + 的 ("芯片的的嵌入式设计").
        var document = DocumentAnalyzer.Default.Analyze("芯片的接口的嵌入式设计。");
        Assert.Equal(["芯片", "的", "接口", "的", "嵌入式", "设计", "。"], document.Words.Select(w => w.Text));
        double[] p = [0.9, 0.9, 0, 0.8, 0.9, 0.9, 0];
        Assert.Equal("芯片的嵌入式设计", SummaryDecoder.Summarize(document, p, 20, 0.1, 0));

        // The less likely particle goes, whichever it is (与 + 的 → "与的" before).
        document = DocumentAnalyzer.Default.Analyze("芯片与接口的嵌入式设计。");
        p = [0.9, 0.3, 0, 0.8, 0.9, 0.9, 0];
        Assert.Equal("芯片的嵌入式设计", SummaryDecoder.Summarize(document, p, 20, 0.1, 0));
    }

    [Theory]
    // The model keeps the word and drops what it leads to: a localizer without its object's phrase (模型中), a conjunction
    // without its second item (影响及其), an adverb without its verb (传播则), a finding's verb without the finding.
    [InlineData("显著性检测模型中的应用。", new[] { 0.9, 0.9, 0.9, 0.6, 0.05, 0.05, 0 }, "显著性检测模型")]
    [InlineData("污泥的影响及其消减。", new[] { 0.9, 0.9, 0.9, 0.6, 0.05, 0 }, "污泥的影响")]
    [InlineData("情绪传播则更快。", new[] { 0.9, 0.9, 0.6, 0.05, 0 }, "情绪传播")]
    [InlineData("追踪女性长达14年。", new[] { 0.9, 0.9, 0.6, 0.05, 0.05, 0 }, "追踪女性")]
    [InlineData("汽车销量年均增长。", new[] { 0.9, 0.6, 0.05, 0 }, "汽车销量")]

    // A finding's verb without its finding (研究发现, jieba's one word 分析表明); a name ending in 发现 stays.
    [InlineData("收入的影响研究发现。", new[] { 0.9, 0.9, 0.9, 0.9, 0.6, 0 }, "收入的影响研究")]
    [InlineData("关系的调查分析表明。", new[] { 0.9, 0.9, 0.9, 0.6, 0 }, "关系的调查")]
    [InlineData("重叠社区发现。", new[] { 0.9, 0.9, 0.9, 0 }, "重叠社区发现")]
    public void ASummaryNeverEndsOnAWordThatWaitsForMore(string source, double[] p, string expected) =>
        Assert.Equal(expected, Decoded(source, p, cut: 0));

    // jieba's HMM glues 了 or 地 to a character it cannot place (研究|了在|不, 制备|了高|荧光); a summary opening on such a
    // token drops the particle, and a dictionary word (了解, 地震) stays whole.
    [Theory]
    [InlineData("研究了在不完备序决策系统中证据理论。", new[] { 0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "在不完备序决策系统中证据理论")]
    [InlineData("制备了高荧光CdTe量子点。", new[] { 0, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "高荧光CdTe量子点")]
    [InlineData("为了解大学生的阅读行为。", new[] { 0, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "了解大学生的阅读行为")]
    [InlineData("地震预测方法。", new[] { 0.9, 0.9, 0.9, 0 }, "地震预测方法")]
    // The particle alone goes too (stop 64's library notice: 地服务广大读者，图书馆… at 40, of 为了更好地服务广大读者).
    [InlineData("为了更好地服务广大读者。", new[] { 0, 0, 0.9, 0.9, 0.9, 0 }, "服务广大读者")]
    public void ASummaryNeverOpensOnAGluedParticle(string source, double[] p, string expected) =>
        Assert.Equal(expected, Decoded(source, p, cut: 0));

    // A preposition that introduces the topic keeps its object or goes (基于的RFID群组标签 was a held-out summary).
    [Theory]
    [InlineData("基于组签名的RFID群组标签所有权转移方案。", new[] { 0.9, 0.05, 0.05, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 })]
    [InlineData("一种linux下基于消息的进程间通信机制。", new[] { 0.9, 0.9, 0.9, 0.9, 0.05, 0.9, 0.9, 0.9, 0.9, 0 })]
    public void APrepositionNeverLosesItsObject(string source, double[] p)
    {
        foreach (var cut in new[] { 0.0, 1.0 })
        {
            var summary = Decoded(source, p, cut);
            Assert.DoesNotContain("基于的", summary);
            Assert.False(summary.EndsWith("基于", StringComparison.Ordinal), summary);
        }
    }

    // The verb that opens an abstract's objective (研究, 探讨, 深入分析, 初步|探讨) opens no title: it goes, with its 了, when
    // at least four characters are left; 研究方法 and the noun 研究生 stay.
    [Theory]
    [InlineData("研究炭黑对锌空气电池电性能的影响。", new[] { 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "炭黑对锌空气电池电性能的影响")]
    [InlineData("深入分析长白山笃斯越桔组培快繁。", new[] { 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "长白山笃斯越桔组培快繁")]
    [InlineData("初步探讨脐血间充质干细胞。", new[] { 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "脐血间充质干细胞")]
    [InlineData("研究了从山竹壳中所提取色素的稳定性。", new[] { 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "从山竹壳中所提取色素的稳定性")]
    [InlineData("研究方法。", new[] { 0.9, 0.9, 0 }, "研究方法")]
    [InlineData("研究生教育质量评价。", new[] { 0.9, 0.9, 0.9, 0.9, 0 }, "研究生教育质量评价")]
    public void ASummaryNeverOpensOnTheObjectivesVerb(string source, double[] p, string expected)
    {
        foreach (var cut in new[] { 0.0, 1.0 })
        {
            Assert.Equal(expected, Decoded(source, p, cut));
        }
    }

    // A subordinator (由于, 鉴于 …) waits for its clause, and a localizer before 的 or 基于 closes a dropped phrase, as a classifier
    // does a dropped demonstrative's (这|款): none opens a summary, and a subordinator ends none; a localizer alone may begin a name (后牙冠根纵折) and stays.
    [Theory]
    [InlineData("由于路堤下桩承式加筋复合地基。", new[] { 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "路堤下桩承式加筋复合地基")]
    [InlineData("鉴于大型软件的网络分区算法。", new[] { 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "大型软件的网络分区算法")]
    [InlineData("环境下基于节点认知交互的路由算法。", new[] { 0.05, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "基于节点认知交互的路由算法")]
    [InlineData("大数据下的销售异常发现与定位模型。", new[] { 0.05, 0.05, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "销售异常发现与定位模型")]
    [InlineData("后牙冠根纵折保存修复的疗效。", new[] { 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "后牙冠根纵折保存修复的疗效")]
    [InlineData("基于WiFi的室内定位技术由于。", new[] { 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "基于WiFi的室内定位技术")]
    [InlineData("由于算法。", new[] { 0.9, 0.9, 0 }, "由于算法")]
    [InlineData("这款笔记本轻薄便携。", new[] { 0.05, 0.9, 0.9, 0.9, 0.9, 0 }, "笔记本轻薄便携")] // a dropped demonstrative's classifier
    [InlineData("那款手机续航很长。", new[] { 0.05, 0.9, 0.9, 0.9, 0.9, 0.9, 0 }, "手机续航很长")]
    public void ASummaryNeitherOpensNorEndsOnAClauseOpener(string source, double[] p, string expected)
    {
        foreach (var cut in new[] { 0.0, 1.0 })
        {
            Assert.Equal(expected, Decoded(source, p, cut));
        }
    }

    // One decode at 20 characters, threshold 0.1, no segment penalty, of a source whose words get the given probabilities
    // (one per jieba word, checked).
    private static string Decoded(string source, double[] p, double cut)
    {
        var document = DocumentAnalyzer.Default.Analyze(source);
        Assert.Equal(p.Length, document.Words.Count);
        return SummaryDecoder.Summarize(document, p, 20, 0.1, 0, cut);
    }

    [Fact]
    public void CutCostNeverBreaksTheBudget()
    {
        var p = Probabilities(("基于", 0.9), ("图", 0.9), ("神经网络", 0.9), ("的", 0.9), ("推荐", 0.9), ("方法", 0.9));
        for (var budget = 0; budget <= 12; budget++)
        {
            var summary = SummaryDecoder.Summarize(Document, p, budget, 0.1, 0.25, cutPenalty: 5);
            Assert.True(SummEval.Text.TextLength.Chars(summary) <= budget, $"budget {budget}: {summary}");
        }
    }

    [Fact]
    public void CandidateSelectionPicksTheGridDecodeWithTheBestEstimatedF1()
    {
        var p = Probabilities(("基于", 0.1), ("图", 0.9), ("神经网络", 0.9), ("的", 0.3), ("推荐", 0.9), ("方法", 0.2));

        // Expected matched characters Σ p·l over the document: 0.2 + 0.9 + 3.6 + 0.3 + 1.8 + 0.4 = 7.2. With the reference
        // estimated at that length, 图神经网络的推荐 (6.6 expected of 8 chars: 13.2 / 15.2) beats keeping 方法 (14 / 17.2)
        // and stopping at 图神经网络 (9 / 12.2).
        Assert.Equal("图神经网络的推荐", SummaryDecoder.Summarize(Document, p, 20, new CandidateSelection(0, 1, 0)));

        // A long expected reference rewards every likely character: the whole phrase (14.4 / 119.2 > 14 / 117.2).
        Assert.Equal("基于图神经网络的推荐方法", SummaryDecoder.Summarize(Document, p, 20, new CandidateSelection(100, 1, 0)));

        // Every candidate fits the budget, so the chosen one does.
        Assert.Equal("图神经网络", SummaryDecoder.Summarize(Document, p, 5, new CandidateSelection(0, 1, 0)));
    }

    [Fact]
    public void CandidateSelectionNeverBreaksTheBudget()
    {
        var p = Probabilities(("基于", 0.5), ("图", 0.2), ("神经网络", 0.9), ("的", 0.1), ("推荐", 0.7), ("方法", 0.4));
        for (var budget = 0; budget <= 12; budget++)
        {
            var summary = SummaryDecoder.Summarize(Document, p, budget, new CandidateSelection(15, 0.7, 0.01));
            Assert.True(SummEval.Text.TextLength.Chars(summary) <= budget, $"budget {budget}: {summary}");
        }
    }

    [Fact]
    public void ConsensusPrefersTheDecodeMostSettingsAgreeWith()
    {
        // Thresholds 0, 0.04 and 0.12 keep 推荐方法 (p 0.25), 0.3 drops it: nine of the twelve grid decodes end in 方法,
        // three stop at 图神经网络.
        var p = Probabilities(("图", 0.9), ("神经网络", 0.9), ("推荐", 0.25), ("方法", 0.25));

        // Estimated F1 alone (reference length 0) prefers the short, sure phrase: 9 / 5 against 11 / 9 or 11 / 10.
        Assert.Equal("图神经网络", SummaryDecoder.Summarize(Document, p, 20, new CandidateSelection(0, 0, 0)));

        // The consensus (mean ROUGE-L against the other decodes) prefers what nine settings agree on, although the estimated
        // F1 still weighs a tenth (so a tie would not hide a missing consensus term).
        var chosen = SummaryDecoder.Summarize(Document, p, 20, new CandidateSelection(0, 0, 0, ConsensusWeight: 0.9));
        Assert.StartsWith("图神经网络", chosen, StringComparison.Ordinal);
        Assert.EndsWith("推荐方法", chosen, StringComparison.Ordinal);
    }

    [Fact]
    public void CandidateWindowsAreSentencesThenAdjacentClausePairs()
    {
        var document = DocumentAnalyzer.Default.Analyze("本文提出一种方法，用于推荐。实验表明，该方法有效，准确率高。");
        string Text((int Start, int End) w) => string.Concat(document.Words.Skip(w.Start).Take(w.End - w.Start).Select(x => x.Text));
        Assert.Equal(
            ["本文提出一种方法，用于推荐。", "实验表明，该方法有效，准确率高。", "本文提出一种方法，用于推荐。", "用于推荐。实验表明，", "实验表明，该方法有效，", "该方法有效，准确率高。"],
            CandidateWindows.Of(document).Select(Text));
        Assert.Equal([(0, 1), (0, 1)], CandidateWindows.Of(DocumentAnalyzer.Default.Analyze("推荐")));
        Assert.Empty(CandidateWindows.Of(DocumentAnalyzer.Default.Analyze("")));
    }

    [Fact]
    public void LocalCandidatesLetTheSelectionKeepOneSentence()
    {
        // The whole-document decodes glue the likely phrase of the first sentence to the likely words of the second.
        var document = DocumentAnalyzer.Default.Analyze("本文研究图神经网络推荐方法。实验在电影数据集上进行。");
        var likely = new Dictionary<string, double> { ["图"] = 0.6, ["神经网络"] = 0.6, ["推荐"] = 0.6, ["方法"] = 0.6, ["电影"] = 0.9, ["数据"] = 0.9, ["集"] = 0.9 };
        var p = document.Words.Select(w => likely.GetValueOrDefault(w.Text)).ToArray();
        int Sentences(string summary) => document.Words.Where(w => summary.Contains(w.Text, StringComparison.Ordinal) && !w.IsPunctuation && w.Length > 1)
            .Select(w => w.Sentence).Distinct().Count();

        var global = SummaryDecoder.Summarize(document, p, 20, new CandidateSelection(15, 0.7, 0, SentenceCost: 0.5));
        Assert.Equal(2, Sentences(global));

        var local = SummaryDecoder.Summarize(document, p, 20, new CandidateSelection(15, 0.7, 0, SentenceCost: 0.5, LocalCandidates: true));
        Assert.Equal(1, Sentences(local));
        Assert.Contains("神经网络推荐方法", local, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalCandidatesAndConsensusNeverBreakTheBudget()
    {
        var document = DocumentAnalyzer.Default.Analyze("本文提出一种方法，用于推荐。实验表明，该方法有效，准确率高。");
        var p = document.Words.Select((w, i) => ((i * 37) % 11) / 10.0).ToArray();
        var selection = new Training.TrainingOptions().Selection!;
        Assert.True(selection.LocalCandidates);
        for (var budget = 0; budget <= 20; budget++)
        {
            var summary = SummaryDecoder.Summarize(document, p, budget, selection);
            Assert.True(SummEval.Text.TextLength.Chars(summary) <= budget, $"budget {budget}: {summary}");
            Assert.Equal(summary, SummaryDecoder.Summarize(document, p, budget, selection));
        }
    }

    [Fact]
    public void RejectsProbabilitiesOfTheWrongLength() =>
        Assert.Throws<ArgumentException>(() => SummaryDecoder.Summarize(Document, new double[2], 20, 0.1, 0.25));
}
