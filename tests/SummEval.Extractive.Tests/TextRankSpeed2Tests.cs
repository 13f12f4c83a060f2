using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

// Round 9's second speed step: one lookup per token for stop words, result words and list marks (and marker
// stripping, tried grouped by first character and reverted): each must behave as the plain lists and sets did.
public sealed class TextRankSpeed2Tests
{
    [Theory]
    // Within a first character the longest marker still wins: "提出了一种" before "提出了" and "提出".
    [InlineData("本文提出了一种新方法", false, "新方法")]
    [InlineData("研究表明该方法有效", false, "该方法有效")]
    [InlineData("为解决数据稀疏问题", false, "数据稀疏问题")]
    [InlineData("探讨了新方法", true, "新方法")]
    [InlineData("观察了新方法", false, "观察了新方法")]
    [InlineData("  通过对样本", true, "样本")]
    public void MarkersAreStrippedLongestFirstWithinTheirFirstCharacter(string clause, bool objectiveVerbs, string expected) =>
        Assert.Equal(expected, DiscourseMarkers.Strip(clause, objectiveVerbs));

    [Fact]
    public void MarkerOnlyHoldsForShortAndLongChains()
    {
        Assert.True(DiscourseMarkers.IsMarkerOnly(" 实验结果表明 ", objectiveVerbs: false));
        Assert.True(DiscourseMarkers.IsMarkerOnly("观察了", objectiveVerbs: true));
        Assert.False(DiscourseMarkers.IsMarkerOnly("观察了", objectiveVerbs: false));
        Assert.False(DiscourseMarkers.IsMarkerOnly("   ", objectiveVerbs: true));

        // A long chain of markers is still nothing but markers.
        var chain = string.Join(" ", Enumerable.Repeat("因此", 40));
        Assert.True(DiscourseMarkers.IsMarkerOnly(chain, objectiveVerbs: false));
        Assert.False(DiscourseMarkers.IsMarkerOnly(chain + " 模型", objectiveVerbs: false));
    }

    [Fact]
    public void TokensTellStopWordsResultWordsAndListMarks()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions());
        var document = summarizer.Analyze("对照组的血压高于观察组。测定土壤中铜、锌和镉的含量。");
        var result = document.Clauses.Single(c => c.Text.Contains("血压", StringComparison.Ordinal));
        var list = document.Clauses.Single(c => c.Text.Contains("土壤", StringComparison.Ordinal));

        Assert.True(result.HasResultWord, string.Join("|", JiebaSegmenter.Default.Tokenize(result.Text)));
        Assert.Null(result.ListMarks);
        Assert.False(list.HasResultWord);
        Assert.Equal(2, list.ListMarksWithin(list.Text.Length));

        // "的" is a stop word and "、" no word: neither gets an id, and "和" is both a list mark and a stop word.
        for (var t = 0; t < list.TokenIds.Length; t++)
        {
            var start = t == 0 ? 0 : list.TokenEnds[t - 1];
            var token = list.Text[start..list.TokenEnds[t]];
            Assert.Equal(token is "的" or "、" or "和" or "中", list.TokenIds[t] < 0);
        }
    }
}
