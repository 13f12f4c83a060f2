using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// The answer to a denial (<c>…并非单纯的军事问题，而是…的结果</c>) is no summary's piece (stop 63's history probe; before, at 40:
/// <c>卫所制度是明代的基本军事制度，而是明代土地制度和户籍制度变动的结果</c>, the answer read as the first piece's correction).
/// </summary>
public sealed class DenialAnswersTests
{
    [Theory]
    [InlineData("而是明代土地制度和户籍制度变动的结果", true)]
    [InlineData("而在于制度设计本身", true)]
    [InlineData("而是要视之为“民情”虚怀以待", true)] // md dev 0903
    [InlineData("而且成本较低", false)]
    [InlineData("然而至明代中期", false)]
    [InlineData("本文认为是制度变动的结果", false)]
    public void AnAnswerOpensOnItsConjunction(string clause, bool answer) => Assert.Equal(answer, DenialAnswers.IsAnswer(clause));

    [Fact]
    public void AHistoryAbstractIsNotSummarizedWithTheAnswerAlone()
    {
        const string source = "卫所制度是明代的基本军事制度。明初，卫所军士屯田自给，兵农合一，一度被认为是理想的兵制。然而至明代中期，由于屯田被侵占、军户逃亡严重，"
            + "卫所的实际兵力大为削弱，不得不依靠募兵补充。本文认为，卫所制度的衰落并非单纯的军事问题，而是明代土地制度和户籍制度变动的结果。";
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        foreach (var budget in new[] { 20, 30, 40 })
        {
            Assert.DoesNotContain("而是", textRank.Summarize(source, budget), StringComparison.Ordinal);
        }

        // A sentence taken whole keeps its answer with the denial.
        Assert.EndsWith("卫所制度的衰落并非单纯的军事问题，而是明代土地制度和户籍制度变动的结果", textRank.Summarize(source, 60), StringComparison.Ordinal);
    }

    [Fact]
    public void AContrastIsNotGluedToAnotherPiece()
    {
        // Stop 64's vaccine probe: …的保护效果，而仅接种两剂者的保护效果明显较低 at 40, the contrast set against the study's aim.
        const string source = "为评估新型冠状病毒疫苗加强针的保护效果，研究团队对2022年1月至6月间香港的1.2万名60岁以上老人进行了队列研究。"
            + "结果显示，接种第三剂疫苗后，重症和死亡风险分别降低了85%和90%以上，而仅接种两剂者的保护效果明显较低。";
        Assert.True(DenialAnswers.IsContrast("而仅接种两剂者的保护效果明显较低"));
        Assert.False(DenialAnswers.IsContrast("仅接种两剂者的保护效果明显较低"));
        var textRank = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        Assert.Equal("新型冠状病毒疫苗加强针的保护效果，重症和死亡风险分别降低了85%和90%以上", textRank.Summarize(source, 40));
    }
}
