using SummEval.Compressive.Alignment;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class AlignmentTests
{
    private static string Kept(string source, string reference)
    {
        var kept = ReferenceAligner.KeptCodePoints(source, reference);
        var runes = source.EnumerateRunes().ToArray();
        return string.Concat(runes.Where((_, i) => kept[i]).Select(r => r.ToString()));
    }

    [Fact]
    public void AlignsEveryTitleCharacterThatAppearsInOrder()
    {
        Assert.Equal("基于深度学习的图像分类", Kept("本文提出一种基于深度学习的图像分类方法。", "基于深度学习的图像分类"));
    }

    [Fact]
    public void PrefersFewerSegmentsAmongLongestAlignments()
    {
        // "网络" occurs twice; the earliest-match LCS would take 网 from the first and split the title; the aligner
        // keeps the contiguous second occurrence.
        var source = "网上的络合物与社交网络分析";
        var kept = ReferenceAligner.KeptCodePoints(source, "社交网络分析");
        Assert.Equal("社交网络分析", Kept(source, "社交网络分析"));
        Assert.False(kept[0]);
    }

    [Fact]
    public void IgnoresCaseAndTitleWhitespaceAndCountsCodePoints()
    {
        var source = "𠮷野家的LSTM Model研究";
        var kept = ReferenceAligner.KeptCodePoints(source, "𠮷野家 lstm");
        Assert.Equal(source.EnumerateRunes().Count(), kept.Length);
        Assert.Equal("𠮷野家LSTM", Kept(source, "𠮷野家 lstm"));
    }

    [Fact]
    public void EmptyInputsAlignNothing()
    {
        Assert.Empty(ReferenceAligner.KeptCodePoints("", "标题"));
        Assert.All(ReferenceAligner.KeptCodePoints("正文", ""), k => Assert.False(k));
    }

    [Theory]
    [InlineData(KeepRule.Any, new[] { true, true, false })]
    [InlineData(KeepRule.Majority, new[] { true, true, false })]
    [InlineData(KeepRule.All, new[] { true, false, false })]
    public void LabelsWordsByTheirAlignedShare(KeepRule rule, bool[] expected)
    {
        // Words: [0,2) fully aligned, [2,5) 2 of 3 aligned... the middle word has 1 of 2 aligned (a tie).
        var kept = new[] { true, true, true, false, false, false };
        (int, int)[] words = [(0, 2), (2, 2), (4, 2)];
        Assert.Equal(expected, WordLabeler.Label(words, kept, rule));
    }
}
