using System.Text.Json;
using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Extractive.Oracles;
using SummEval.Extractive.Sentences;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class SystemCandidatesTests
{
    private const string Structured = "目的 探讨针刺疗法对慢性失眠患者睡眠质量的影响。方法 将120例患者随机分为观察组与对照组，观察组采用针刺治疗。结果 观察组睡眠质量评分明显改善。";

    private static readonly AnalyzedDocument Document = DocumentAnalyzer.Default.Analyze(Structured);

    private static string Text(AnalyzedDocument document, int[] kept) => string.Concat(kept.Select(k => document.Words[k].Text));

    [Fact]
    public void ObjectiveClauseIsTheTopicAfterTheTriggerWithoutTheLabel()
    {
        var objective = Text(Document, SystemCandidates.ObjectiveClause(Document, 20));
        Assert.StartsWith("针刺疗法", objective, StringComparison.Ordinal);
        Assert.Contains("失眠", objective, StringComparison.Ordinal);
        Assert.True(SummEval.Text.TextLength.Chars(objective) <= 20);

        // 基于 and 针对 open the topic themselves.
        var based = DocumentAnalyzer.Default.Analyze("基于深度学习的图像分割方法，在三个数据集上取得了最好的结果。");
        Assert.StartsWith("基于深度学习", Text(based, SystemCandidates.ObjectiveClause(based, 20)), StringComparison.Ordinal);

        // Without a trigger: the first sentence.
        var plain = DocumentAnalyzer.Default.Analyze("大豆产量受气候影响。数据来自十个省。");
        Assert.Equal("大豆产量受气候影响", Text(plain, SystemCandidates.ObjectiveClause(plain, 20)));
    }

    [Fact]
    public void LeadSentenceIsCutWhereItStandsAlone()
    {
        var document = DocumentAnalyzer.Default.Analyze("本文提出一种基于图神经网络的推荐方法，用于电影推荐。实验表明该方法有效。");
        for (var budget = 1; budget <= 30; budget++)
        {
            var lead = Text(document, SystemCandidates.LeadSentence(document, budget));
            Assert.True(SummEval.Text.TextLength.Chars(lead) <= budget, $"budget {budget}: {lead}");
            Assert.StartsWith(lead, "本文提出一种基于图神经网络的推荐方法，用于电影推荐", StringComparison.Ordinal);
            Assert.False(lead.EndsWith('的') || lead.EndsWith("基于", StringComparison.Ordinal) || lead.EndsWith('，'), $"budget {budget}: {lead}");
        }

        Assert.Equal("本文提出一种基于图神经网络的推荐方法", Text(document, SystemCandidates.LeadSentence(document, 20)));
    }

    [Fact]
    public void TextRankSummaryMapsOntoTheDocumentsWords()
    {
        var systems = SystemCandidates.Of(Document, 20);
        Assert.False(string.IsNullOrEmpty(systems.TextRank));
        Assert.False(SectionLabels.IsLabelOnly(systems.TextRank));

        // The mapped words are in source order and spell textrank's summary wherever it copies the source.
        Assert.Equal(systems.TextRankWords.Order(), systems.TextRankWords);
        Assert.True(Lcs.RougeLF1(Text(Document, systems.TextRankWords), systems.TextRank) > 0.8, $"{Text(Document, systems.TextRankWords)} / {systems.TextRank}");
        Assert.Equal([0, 1], SystemCandidates.Map(DocumentAnalyzer.Default.Analyze("图神经网络。"), "图神经网络"));
        Assert.Empty(SystemCandidates.Map(Document, ""));
    }

    [Fact]
    public void SystemCandidatesJoinThePoolOnlyWhenAskedFor()
    {
        // The decodes like only the method sentence, so none of them is the objective clause or the lead sentence.
        var p = Document.Words.Select(w => w.Sentence == 1 && !w.IsPunctuation ? 0.9 : 0.01).ToArray();
        var without = new CandidateSelection(15, 0.7, 0.02, SentenceCost: 0.01, ConsensusWeight: 0.5, LocalCandidates: true);
        var with = without with { SystemCandidates = true };
        var systems = SystemCandidates.Of(Document, 20);
        var objective = Text(Document, systems.Objective);

        var plain = SummaryDecoder.Candidates(Document, p, 20, without).Select(k => Text(Document, k)).ToList();
        var extended = SummaryDecoder.Candidates(Document, p, 20, with).Select(k => Text(Document, k)).ToList();
        Assert.DoesNotContain(objective, plain);
        Assert.Contains(objective, extended);
        Assert.Equal(plain, extended.Take(plain.Count));
        Assert.Equal(extended.Count, extended.Distinct().Count());

        // The lead sentence skips the section label; the decodes of this document never make it either.
        var lead = Text(Document, systems.Lead);
        Assert.StartsWith("探讨针刺疗法", lead, StringComparison.Ordinal);
        Assert.DoesNotContain(lead, plain);
        Assert.Contains(lead, extended);
    }

    [Fact]
    public void SystemWeightPullsTheChoiceTowardsTextRanksSummary()
    {
        var p = Document.Words.Select((w, i) => w.IsPunctuation ? 0 : ((i * 37) % 11) / 10.0).ToArray();
        var consensusOnly = new CandidateSelection(15, 0.7, 0, ConsensusWeight: 1, LocalCandidates: true);
        var textRank = Lcs.Units(SystemCandidates.Of(Document, 20).TextRank);
        double Agreement(string s) => Lcs.RougeLF1(s, SystemCandidates.Of(Document, 20).TextRank);

        // All of the consensus on textrank: the candidate closest to textrank's summary.
        var pulled = SummaryDecoder.Summarize(Document, p, 20, consensusOnly with { SystemWeight = 1 });
        var closest = SummaryDecoder.Candidates(Document, p, 20, consensusOnly).Select(k => Text(Document, k)).Max(Agreement);
        Assert.Equal(closest, Agreement(pulled), 9);

        // Without it the decodes' consensus chooses something else here, so the test sees the weight.
        var plain = SummaryDecoder.Summarize(Document, p, 20, consensusOnly);
        Assert.NotEqual(plain, pulled);
        Assert.True(Agreement(pulled) > Agreement(plain));
        Assert.NotEmpty(textRank);
    }

    [Fact]
    public void SelectionsWithoutTheSystemFieldsDecodeAsBefore()
    {
        // metadata.json of a model made before system combination has neither field.
        var old = JsonSerializer.Deserialize<CandidateSelection>("""{"ReferenceLength":15,"ReferenceScale":0.7,"SegmentCost":0.02,"SentenceCost":0.01,"ConsensusWeight":0.5,"LocalCandidates":true}""")!;
        Assert.False(old.SystemCandidates);
        Assert.Equal(0, old.SystemWeight);
        var p = Document.Words.Select((w, i) => ((i * 37) % 11) / 10.0).ToArray();
        Assert.Equal(SummaryDecoder.Pool(Document, p, 20, true).Count, SummaryDecoder.Candidates(Document, p, 20, old).Count);
    }

    [Fact]
    public void TheDefaultSelectionCombinesSystemsAndKeepsTheBudget()
    {
        var selection = new Training.TrainingOptions().Selection!;
        Assert.True(selection.SystemCandidates);
        Assert.Equal(0.1, selection.SystemWeight);
        var p = Document.Words.Select((w, i) => ((i * 37) % 11) / 10.0).ToArray();
        for (var budget = 0; budget <= 24; budget += 3)
        {
            var summary = SummaryDecoder.Summarize(Document, p, budget, selection);
            Assert.True(SummEval.Text.TextLength.Chars(summary) <= budget, $"budget {budget}: {summary}");
            Assert.Equal(summary, SummaryDecoder.Summarize(Document, p, budget, selection));
        }
    }
}
