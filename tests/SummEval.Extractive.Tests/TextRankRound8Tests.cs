using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Text;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// Round 8's textrank: a clause's rest after framing inside it (<c>提出了一种|</c>) is a candidate of its own, and
/// selection never takes a piece together with the clause it comes from.
/// </summary>
public sealed class TextRankRound8Tests
{
    private static readonly TextRankSummarizer On = new(JiebaSegmenter.Default, new TextRankOptions());
    private static readonly TextRankSummarizer Off = new(JiebaSegmenter.Default, new TextRankOptions { FramingSpans = false });

    // The knapsack's own choice (consensus selection may pick another candidate and hide a repeat).
    private static readonly TextRankSummarizer KnapsackOnly = new(JiebaSegmenter.Default, new TextRankOptions { ConsensusWeight = 0 });

    // Shaped like CSL train 0004: the title is the span after 提出了一种 in the middle of a long clause, which the
    // 20-character prefix cut of that clause never reaches.
    private const string Source =
        "现有的众包工人选择方法忽略了工人之间的协同关系。该文在分析工人活跃时间的基础上提出了一种基于活跃时间分组的众包工人选择机制。" +
        "实验表明，基于活跃时间分组的工人选择机制提高了众包任务的完成质量。";

    [Fact]
    public void TheSpanAfterFramingInsideAClauseIsACandidate()
    {
        Assert.True(new TextRankOptions().FramingSpans);
        Assert.Equal("基于活跃时间分组的众包工人选择机制", On.Summarize(Source, 20));
        Assert.DoesNotContain("基于活跃时间分组的众包", Off.Summarize(Source, 20), StringComparison.Ordinal);
    }

    // A clause (19 characters) whose span after 旨在 (14) fits beside it: a knapsack that did not keep a span and its
    // clause apart glues "该系统旨在实现高精度医学图像的自动分割实现高精度医学图像的自动分割" at 35.
    private const string ShortClause = "医学图像分割是计算机辅助诊断的基础，传统方法在低对比度图像上的分割精度不足。针对这一问题，该系统旨在实现高精度医学图像的自动分割，并在三个公开数据集上进行了验证。实验表明，该系统的分割精度高于现有的阈值方法和区域生长方法。";

    [Theory]
    [InlineData(Source, "活跃时间分组")]
    [InlineData(ShortClause, "医学图像的自动分割")]
    public void SpansKeepTheBudgetAndNeverRepeatTheirClause(string source, string shared)
    {
        for (var budget = 0; budget <= 40; budget++)
        {
            foreach (var summary in new[] { On.Summarize(source, budget), KnapsackOnly.Summarize(source, budget) })
            {
                Assert.True(TextLength.Chars(summary) <= budget, $"{budget}: {summary}");

                // The span and its clause share these words: taken together they would repeat them.
                var first = summary.IndexOf(shared, StringComparison.Ordinal);
                Assert.True(first < 0 || summary.IndexOf(shared, first + 1, StringComparison.Ordinal) < 0, $"{budget}: {summary}");
            }
        }
    }

    [Fact]
    public void SelectDisjointSkipsOverlappingUnits()
    {
        // A clause (8 chars), a span inside it (6) and the next clause (6): the knapsack alone takes the clause and
        // its own span (value 9); kept apart, the clause and the next one (value 8).
        int[] lengths = [8, 6, 6];
        double[] values = [5, 4, 3];
        Assert.Equal([0, 1], BudgetedSelector.Select(lengths, values, 14));
        Assert.Equal([0, 2], BudgetedSelector.SelectDisjoint(lengths, values, [0, 0, 1], [0, 0, 1], 14));

        // A pair covering clauses 0 and 1 excludes both.
        Assert.Equal([1], BudgetedSelector.SelectDisjoint([5, 12, 6], [2, 9, 2], [0, 0, 1], [0, 1, 1], 20));
        Assert.Throws<ArgumentException>(() => BudgetedSelector.SelectDisjoint(lengths, values, [1, 0, 2], [1, 0, 2], 14));
    }

    [Fact]
    public void SelectDisjointIsSelectWhenNoUnitsOverlap()
    {
        // Random lists with ties (values from a small set): one clause per unit gives exactly the knapsack's choice.
        var random = new Random(8);
        for (var trial = 0; trial < 300; trial++)
        {
            var count = random.Next(0, 12);
            var lengths = Enumerable.Range(0, count).Select(_ => random.Next(1, 15)).ToArray();
            var values = Enumerable.Range(0, count).Select(_ => (double)random.Next(0, 5)).ToArray();
            var clauses = Enumerable.Range(0, count).ToArray();
            var budget = random.Next(0, 40);
            Assert.Equal(BudgetedSelector.Select(lengths, values, budget), BudgetedSelector.SelectDisjoint(lengths, values, clauses, clauses, budget));
        }
    }

    [Fact]
    public void AClauseFromAToken()
    {
        // 提出|一种|新|方法 with word ids (stop words -1) and a list mark after 新.
        var clause = new TextRankClause("提出一种新方法", 1, [0, 1, 2, 3], 7, 2, [0, 1, 2, 3], [2, 4, 5, 7], ClauseRole.Objective, ListMarks: [2, 5]);
        var span = clause.From(2);
        Assert.Equal("新方法", span.Text);
        Assert.Equal(3, span.Length);
        Assert.Equal([2, 3], span.Words);
        Assert.Equal([1, 3], span.TokenEnds);
        Assert.Equal([1], span.ListMarks!);
        Assert.Equal((1, 2, ClauseRole.Objective), (span.Sentence, span.Position, span.Role));
        Assert.Equal("新", span.Prefix(2).Text);
        Assert.Equal("新方法", span.Prefix(3).Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => clause.From(0));

        // A benefactive's beneficiary (为|我国|地铁|设计|提供|思路, stop 61) is counted from the span's own start, and a span that
        // starts at the verb has none.
        var benefactive = new TextRankClause("我国地铁设计提供思路", 0, [0, 1, 2, 3, 4], 10, 0, [0, 1, 2, 3, 4], [2, 4, 6, 8, 10], Beneficiary: 6);
        Assert.Equal(4, benefactive.From(1).Beneficiary);
        Assert.Equal(0, benefactive.From(3).Beneficiary);
    }
}
