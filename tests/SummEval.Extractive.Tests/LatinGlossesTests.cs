using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Stop 60: a Latin gloss in brackets after a Han word (<c>长短期记忆网络(LSTM)</c>) is no part of a textrank summary; a title
/// rarely keeps one, and its characters go to words.
/// </summary>
public sealed class LatinGlossesTests
{
    [Theory]
    [InlineData("结合经验模态分解(EMD)与长短期记忆网络(LSTM)的组合预测模型", "结合经验模态分解与长短期记忆网络的组合预测模型")]
    [InlineData("选区激光熔化（SLM）成形的Ti-6Al-4V零件", "选区激光熔化成形的Ti-6Al-4V零件")]
    [InlineData("无花果(Ficus carica L.),又称圣果", "无花果,又称圣果")]
    [InlineData("两组差异有统计学意义(P<0.05)。", "两组差异有统计学意义。")]
    [InlineData("设置常规施氮(N 240 kg/hm²)以及减氮处理", "设置常规施氮以及减氮处理")]
    public void AGlossAfterAHanWordGoes(string sentence, string expected) =>
        Assert.Equal(expected, LatinGlosses.Without(sentence));

    [Theory]
    [InlineData("观察补肾活血汤治疗老年高血压(肾虚血瘀证)患者的临床疗效")] // a Han word inside: part of what it names
    [InlineData("水胶比(0.35~0.55)和粉煤灰掺量")] // a range: no letter
    [InlineData("制备了CexZr1-xO2(x=0.5～1.0)铈锆固溶体")] // after a formula, not a Han word
    [InlineData("(1)大众传播领域中的技术变化")] // an item's number, and at the start
    [InlineData("斯泡特(Sport运动)概念")]
    [InlineData("色坐标均为(x=0.18,y=0.19)")] // a value after 为, no gloss
    [InlineData("一个未闭合的括号(LSTM")]
    public void OtherBracketsStay(string sentence) =>
        Assert.Same(sentence, LatinGlosses.Without(sentence));

    [Fact]
    public void ATextranksSummaryHasNoGloss()
    {
        const string Source = "准确的短期负荷预测是电力系统经济调度的基础。针对负荷序列的非线性特点,提出一种结合经验模态分解(EMD)与长短期记忆网络(LSTM)的组合预测模型。"
            + "以某地区2019-2021年的负荷数据为例,模型的平均绝对百分比误差(MAPE)为1.93%,优于单一LSTM的2.87%。";
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new int?[] { 20, 40, null })
        {
            var summary = summarizer.Summarize(Source, budget);
            Assert.DoesNotContain("(EMD)", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("(LSTM)", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("(MAPE)", summary, StringComparison.Ordinal);
        }

        Assert.Contains("长短期记忆网络", summarizer.Summarize(Source, 40), StringComparison.Ordinal);
    }

    [SharedFact]
    public void NoSummaryOfTheChoiceDataKeepsAGloss()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        var failures = new List<string>();
        foreach (var (name, documents) in new[] { ("csl train", CslData.Read("csl", "train.jsonl")), ("md dev", CslData.Read("csl-md", "dev.jsonl")) })
        {
            foreach (var document in documents)
            {
                var summary = summarizer.Summarize(document.Source, 20);
                if (LatinGlosses.Without(summary) != summary)
                {
                    failures.Add($"{name} {document.Id}: {summary}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} summaries keep a Latin gloss:\n{string.Join('\n', failures.Take(20))}");
    }
}
