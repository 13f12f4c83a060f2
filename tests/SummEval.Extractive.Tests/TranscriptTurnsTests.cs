using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Summarizers;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A transcript's turns: textrank chooses from the answers, and no speaker's label or name reaches a summary (before:
/// <c>问：数字普惠金融对农户收入有什么影响？问：其作用机制是什么？</c> at 40).
/// </summary>
public sealed class TranscriptTurnsTests
{
    private static readonly TextRankSummarizer Shipped = CreateShipped();

    [Fact]
    public void TextRankChoosesFromTheAnswersWithoutTheSpeakers()
    {
        foreach (var transcript in Transcripts.All)
        {
            foreach (var budget in new int?[] { 12, 20, 30, 40, 60, null })
            {
                var summary = Shipped.Summarize(transcript, budget);
                Assert.NotEqual(string.Empty, summary);
                Assert.False(Transcripts.TakesFromAQuestionOrASpeaker(summary), $"at {budget}: {summary}");
            }
        }

        Assert.Equal("数字普惠金融显著促进了农户收入增长", Shipped.Summarize(Transcripts.QuestionsAndAnswers, 20));
        Assert.StartsWith("数字普惠金融在缓解农户信贷约束方面发挥了重要作用", Shipped.Summarize(Transcripts.Interview, 40), StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionsAreMarkedOnlyInATranscriptThatAnswersThem()
    {
        var turns = SentenceSplitter.Split(Transcripts.Interview);
        Assert.Equal([true, false, true, false], TranscriptTurns.Questions(turns) ?? []);

        // An interviewer's request asks as a question does (请简单介绍一下你自己。).
        Assert.Equal([true, false, true, false], TranscriptTurns.Questions(SentenceSplitter.Split(Transcripts.JobInterview)) ?? []);

        // An abstract's own question is a sentence like any other, and a text of nothing but questions is summarized from them.
        Assert.Null(TranscriptTurns.Questions(SentenceSplitter.Split("数字普惠金融能否促进农户增收？本文基于中国家庭金融调查数据给出了回答。")));
        Assert.Null(TranscriptTurns.Questions(SentenceSplitter.Split("问：数字普惠金融对农户收入有什么影响？\n问：其作用机制是什么？")));
        Assert.Equal("数字普惠金融对农户收入有什么影响？", Shipped.Summarize("问：数字普惠金融对农户收入有什么影响？\n问：其作用机制是什么？", 20));

        Assert.True(TranscriptTurns.IsQuestion("其作用机制是什么？”"));
        Assert.True(TranscriptTurns.IsQuestion("Why? "));
        Assert.False(TranscriptTurns.IsQuestion("缓解信贷约束是其主要作用机制。"));
    }

    /// <summary>
    /// A meeting's record, whose turns only names open: before, textrank gave 张三：大家好，今天我们主要讨论第二季度 at 20, and
    /// 李四 and 王五, who speak once, were no speakers in any transcript.
    /// </summary>
    [Fact]
    public void AMeetingsRecordIsATranscriptWhoseEveryNameIsASpeaker()
    {
        var names = TranscriptTurns.Names(SentenceSplitter.Split(Transcripts.Meeting));
        Assert.Equal([3, 3, 3, 3], names ?? []);

        // Two turns are no record yet, one name alone is the text's own, and a résumé's or an infobox's labels are a form's.
        Assert.Null(TranscriptTurns.Names(SentenceSplitter.Split("张三：今天主要讨论销售计划，先请各位汇报。\n李四：第一季度华东区销售额同比增长了15%。")));
        Assert.Null(TranscriptTurns.Names(SentenceSplitter.Split("研究发现：数字普惠金融促进了农户增收。研究发现：其作用机制是缓解信贷约束。研究发现：东部地区更为显著。")));
        Assert.Null(TranscriptTurns.Names(SentenceSplitter.Split(Forms.Resume)));
        Assert.Null(TranscriptTurns.Names(SentenceSplitter.Split(Forms.InfoboxBefore)));
    }

    /// <summary>
    /// Before: 母亲：（叹气）你爸又加班 (textrank at 20): a play's short turn (母亲：但愿吧。) reads like a form's line, so the
    /// play had two turns and no speakers. One who talks at length elsewhere says a short line as a turn too; a résumé's
    /// labels open nothing but fields, and stay no speakers (above).
    /// </summary>
    [Fact]
    public void AShortLineIsATurnOfOneWhoTalksElsewhere()
    {
        var turns = SentenceSplitter.Split(Transcripts.Play);
        Assert.Equal([0, 3, 3, 3], TranscriptTurns.Names(turns) ?? []);
        Assert.Equal([3, 3, 3], TranscriptTurns.Names(SentenceSplitter.Split("张三：今天讨论销售计划，先请李四汇报。\n李四：第一季度华东区增长了15%，华南区下降了8%。\n张三：同意。")) ?? []);
        foreach (var budget in new[] { 12, 20, 30, 40 })
        {
            var summary = Shipped.Summarize(Transcripts.Play, budget);
            Assert.NotEqual(string.Empty, summary);
            Assert.True(summary.AsSpan().IndexOfAny("：:") < 0 && !summary.Contains("母亲", StringComparison.Ordinal) && !summary.Contains("女儿", StringComparison.Ordinal), summary);
        }
    }

    [Fact]
    public void ANameIsASpeakerOnlyWhenItOpensTwoTurnsOfATranscript()
    {
        var turns = SentenceSplitter.Split(Transcripts.Panel);
        var names = TranscriptTurns.Names(turns);
        Assert.NotNull(names);
        Assert.Equal(4, names.Count(n => n > 0)); // 主持人 and 王五 twice each; 赵六 answers once
        Assert.All(turns.Where((_, k) => names[k] > 0), t => Assert.True(t.StartsWith("王五：", StringComparison.Ordinal) || t.StartsWith("主持人：", StringComparison.Ordinal), t));

        // Outside a transcript a colon after a few words is the text's own (研究发现：…), however often it recurs.
        Assert.Null(TranscriptTurns.Names(SentenceSplitter.Split("研究发现：数字普惠金融促进了农户增收。研究发现：其作用机制是缓解信贷约束。")));
        Assert.Null(TranscriptTurns.Names(SentenceSplitter.Split(Transcripts.QuestionsAndAnswers)));
    }

    /// <summary>One who speaks once, right after the asker's turn, answers it: 王教授 after 主持人, however seldom.</summary>
    [Fact]
    public void ANameRightAfterTheAskersTurnIsASpeaker()
    {
        var turns = SentenceSplitter.Split(Transcripts.Talk);
        var names = TranscriptTurns.Names(turns) ?? [];
        Assert.Equal(["王教授：谢谢主持人。"], turns.Where((_, k) => names[k] > 0));
        Assert.Equal(4, names.Max());

        // Further on, one who speaks once answers no one (赵六 after 王五, Panel above).
        var panel = SentenceSplitter.Split(Transcripts.Panel);
        var panelNames = TranscriptTurns.Names(panel) ?? [];
        Assert.DoesNotContain(panel.Where((_, k) => panelNames[k] > 0), t => t.StartsWith("赵六", StringComparison.Ordinal));
    }

    private static TextRankSummarizer CreateShipped()
    {
        var factory = new TextRankFactory();
        return (TextRankSummarizer)factory.Create(SummarizerArguments.Bind(SummarizerSpec.Parse("textrank"), factory.Parameters));
    }
}
