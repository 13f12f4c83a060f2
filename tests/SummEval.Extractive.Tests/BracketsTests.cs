using SummEval.Extractive.Normalization;
using SummEval.Extractive.Selection;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>One table of brackets and quotes for the well-formed cut and compressive's surface repair.</summary>
public sealed class BracketsTests
{
    [Fact]
    public void EveryOpenerHasItsCloserAtTheSameIndex()
    {
        Assert.Equal(Brackets.Openers.Length, Brackets.Closers.Length);
        Assert.Equal(Brackets.Openers.Length, Brackets.Openers.Distinct().Count());
        Assert.Empty(Brackets.Openers.Intersect(Brackets.Closers));
        Assert.Equal('〔', Brackets.OpenerOf('〕'));
        Assert.Equal('“', Brackets.OpenerOf('”'));
        Assert.Equal('\0', Brackets.OpenerOf('"'));
        Assert.False(Brackets.IsOpening('"'));
    }

    [Theory]
    [InlineData("依据国发〔2019")] // a document number's brackets, which the cut's own table lacked
    [InlineData("所谓『双碳")]
    [InlineData("集合｛x")]
    public void ACutNeverLeavesABracketOfAnyFormOpen(string text) =>
        Assert.Equal(text.IndexOfAny(Brackets.Openers.ToCharArray()), WellFormedCut.UnclosedBracket(text));
}
