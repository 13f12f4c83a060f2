using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>Round 5's textrank: the shared knapsack table, well-formed cuts on Jieba tokens, consensus selection, dangling clauses.</summary>
public sealed class TextRankRound5Tests
{
    [Fact]
    public void SelectEitherChoosesWhatTwoSelectionsChoose()
    {
        // Random lists sharing a tail, with ties (values drawn from a few steps) and budgets from 0 to past the totals.
        var random = new Random(7);
        for (var trial = 0; trial < 500; trial++)
        {
            var tail = random.Next(0, 6);
            var (lengths, values) = Units(random, random.Next(0, 4) + tail);
            var (alternativeLengths, alternativeValues) = Units(random, random.Next(0, 3));
            alternativeLengths.AddRange(lengths.Skip(lengths.Count - tail));
            alternativeValues.AddRange(values.Skip(values.Count - tail));
            var budget = random.Next(0, 45);
            var (chosen, alternativeChosen) = BudgetedSelector.SelectEither(lengths, values, alternativeLengths, alternativeValues, tail, budget);
            Assert.Equal(BudgetedSelector.Select(lengths, values, budget), chosen);
            Assert.Equal(BudgetedSelector.Select(alternativeLengths, alternativeValues, budget), alternativeChosen);
        }
    }

    private static (List<int> Lengths, List<double> Values) Units(Random random, int count)
    {
        var lengths = Enumerable.Range(0, count).Select(_ => random.Next(1, 15)).ToList();
        var values = Enumerable.Range(0, count).Select(_ => random.Next(-1, 5) * 0.5).ToList();
        return (lengths, values);
    }
}
