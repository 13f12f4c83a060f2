using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A structured abstract's labelled objective section (<c>目的：…</c>) is what its title restates: textrank weighs it above
/// framing's objectives (<see cref="TextRankOptions.ObjectiveSectionWeight"/>), so a long methods clause that shares its
/// words no longer outweighs it.
/// </summary>
public sealed class ObjectiveSectionTests
{
    private const string WheatRust =
        "目的：分析小麦条锈病的发生规律。方法：于2019—2021年在甘肃天水设置12个小麦条锈病监测点，系统调查小麦条锈病菌源、品种抗性与气象因子。" +
        "结果：小麦条锈病菌源、品种抗性与气象因子共同决定小麦条锈病流行程度。结论：应加强监测。";

    [Fact]
    public void TheLabelledObjectiveOutweighsAMethodsClauseThatRepeatsItsWords()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        Assert.Equal("小麦条锈病的发生规律", summarizer.Summarize(WheatRust, 20));
    }

    [Fact]
    public void WithoutTheSectionWeightTheMethodsClauseWins()
    {
        // The option is what decides: at 1 (the rounds before stop 41) the objective is weighed as framing's is.
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { ObjectiveSectionWeight = 1 });
        Assert.Equal("系统调查小麦条锈病菌源、品种抗性", summarizer.Summarize(WheatRust, 20));
    }

    [Fact]
    public void FramingAloneIsNoSection()
    {
        // "为…" frames an objective in a plain abstract: no label, so the section weight does not apply and the summary
        // is the one of the rounds before.
        const string Plain = "为了解小麦条锈病的发生规律,在甘肃天水设置12个小麦条锈病监测点,系统调查小麦条锈病菌源、品种抗性与气象因子.小麦条锈病菌源、品种抗性与气象因子共同决定小麦条锈病流行程度.";
        var today = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        var before = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions { ObjectiveSectionWeight = 1 });
        Assert.Equal(before.Summarize(Plain, 20), today.Summarize(Plain, 20));
    }

    [SharedTheory]
    [InlineData("cslmd-dev-0168")]
    [InlineData("cslmd-dev-0461")]
    [InlineData("cslmd-dev-0465")]
    [InlineData("cslmd-dev-0871")]
    [InlineData("cslmd-dev-0951")]
    public void MultiDomainStructuredAbstractsAreSummarizedFromTheirObjective(string id)
    {
        // Each of these took a methods clause before (10例PICU危重患儿进行28次血浆置换, A观察组患者给予替诺福韦口服).
        var document = CslData.Read("csl-md", "dev.jsonl").Single(d => d.Id == id);
        // Without its Latin glosses (内源性一氧化碳(CO)…), as textrank reads it since stop 60.
        var objective = LatinGlosses.Without(document.Source[..document.Source.IndexOfAny(['.', '。'])]);
        var summary = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions()).Summarize(document.Source, 20);
        Assert.True(summary.Length >= 10 && objective.Contains(summary, StringComparison.Ordinal), $"{id}: '{summary}' is not from '{objective}'");
    }
}
