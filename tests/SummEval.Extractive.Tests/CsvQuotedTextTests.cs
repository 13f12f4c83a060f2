using SummEval.Extractive.Lead;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// A source still escaped as a CSV field (wrapped in double quotes, each quote inside doubled; 19 CSL train and 40 CSL
/// test abstracts read so) is summarized as the text it escapes. Before, lead-1 and textrank opened on the wrapping quote,
/// which hid the opening word from textrank's rules (<c>"随着开放指令集RISC-V的流行</c>), and kept doubled quotes
/// (<c>基于""敏捷开发""的芯片设计方法</c>).
/// </summary>
public sealed class CsvQuotedTextTests
{
    private static readonly TextRankSummarizer Default = new(JiebaSegmenter.Default, new TextRankOptions());

    private const string Manifolds = "流形学习已经成为机器学习与数据挖掘领域的一个重要的研究课题.当前的流形学习算法并不能有效应用于高维多流形数据.实验极大地提高了子流形识别精度.";

    private const string RiscV = "随着开放指令集RISC-V的流行,开源芯片的概念逐渐进入人们的视野.但是目前的芯片设计项目需要投入相当的人力和时间才能完成.本文提出一种基于\"敏捷开发\"的芯片设计方法,缩短了设计周期.";

    public static TheoryData<string> Texts => new()
    {
        Manifolds,
        "2018年全球正在加速进入\"区块链经济时代\"。区块链+仿真业,成为仿真技术发展的新动向。本文对区块链与虚拟仿真的关系进行阐述。",
        RiscV,
        "目的：探讨\"互联网+\"模式在慢病管理中的效果。方法：选取患者120例。结果：管理组血压控制率较高。",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ASummaryIsTheOneOfTheTextItEscapes(string text)
    {
        var escaped = Escaped(text);
        foreach (var budget in new int?[] { 8, 12, 16, 20, 30, 60, null })
        {
            Assert.Equal(Default.Summarize(text, budget), Default.Summarize(escaped, budget));
            Assert.Equal(LeadSentenceSummarizer.Summarize(text, budget), LeadSentenceSummarizer.Summarize(escaped, budget));
            Assert.Equal(LeadCharsSummarizer.Summarize(text, budget), LeadCharsSummarizer.Summarize(escaped, budget));
        }
    }

    [Fact]
    public void WhitespaceAroundTheFieldIsNoMatter() =>
        Assert.Equal(LeadSentenceSummarizer.Summarize(Manifolds, 20), LeadSentenceSummarizer.Summarize("\uFEFF \n" + Escaped(Manifolds) + "\r\n", 20));

    [Theory]
    // Quotes the text holds, not an escape: one opens it, or a quote inside stands alone, or nothing is inside.
    [InlineData("\"外部性\"是新制度经济学理论中探讨的一个重要问题.解决这个问题需要\"科斯定理\"", "\"外部性\"是新制度经济学理论中探讨的一个重要问题")]
    [InlineData("\"健康第一\"思想的提出给学校体育带来了变化.", "\"健康第一\"思想的提出给学校体育带来了变化")]
    [InlineData("\"\"", "\"\"")]
    public void QuotesTheTextHoldsStay(string source, string lead) =>
        Assert.Equal(lead, LeadSentenceSummarizer.Summarize(source, null).TrimEnd('.'));

    [Fact]
    public void NeitherTheWrappingNorTheDoublingQuotesReachASummary()
    {
        foreach (var budget in new[] { 10, 14, 20, 30 })
        {
            var summary = Default.Summarize(Escaped(RiscV), budget);
            Assert.DoesNotContain("\"\"", summary, StringComparison.Ordinal);
            Assert.Contains("基于\"敏捷开发\"", summary, StringComparison.Ordinal);
            Assert.False(LeadSentenceSummarizer.Summarize(Escaped(RiscV), budget).StartsWith('"'));
        }
    }

    private static string Escaped(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
