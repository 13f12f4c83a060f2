using SummEval.Extractive.Lead;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Zero-width spaces, word joiners, an inner BOM and soft hyphens (text pasted from the web) are left out of the text
/// the summarizers analyse: a summary is the one the same text without them gets. Before, textrank gave
/// <c>\u200B：探讨\u200B血清</c> (the label <c>目的</c> cut from its colon) and lead-1 counted them against the budget.
/// </summary>
public sealed class InvisibleCharacterTests
{
    private static readonly TextRankSummarizer Default = new(JiebaSegmenter.Default, new TextRankOptions());

    public static TheoryData<string> Sources => new()
    {
        "研究\u200B方法\u200B的\u200B改进\u3000与\u00A0应用。",
        "\uFEFF本文提出一种基于图神经网络的推荐方法\u2060。实验表明其有效。",
        "目的\u200B：探讨\u200B血清维生素D水平与糖尿病的关系\u200B。方法\u200B：选取患者\u200B。",
        "\u200B该控制系统具有层次发散链式结构和主从工作。Deep learning is a power\u00ADful tool.",
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void ASummaryIsTheOneOfTheTextWithoutThem(string source)
    {
        var visible = string.Concat(source.Where(c => c is not ('\u200B' or '\u2060' or '\uFEFF' or '\u00AD')));
        foreach (var budget in new int?[] { 8, 12, 16, 20, 30, null })
        {
            Assert.Equal(Default.Summarize(visible, budget), Default.Summarize(source, budget));
            Assert.Equal(LeadSentenceSummarizer.Summarize(visible, budget), LeadSentenceSummarizer.Summarize(source, budget));
            Assert.Equal(LeadCharsSummarizer.Summarize(visible, budget), LeadCharsSummarizer.Summarize(source, budget));
        }
    }

    [Fact]
    public void ALabelBehindAZeroWidthSpaceIsStillALabel() =>
        Assert.Equal("血清维生素D水平与糖尿病的关系", Default.Summarize("目的\u200B：探讨\u200B血清维生素D水平与糖尿病的关系\u200B。方法\u200B：选取患者\u200B。", 16));
}
