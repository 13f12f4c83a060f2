using SummEval.Text;
using Xunit;

namespace SummEval.Evaluation.Tests.Core;

public class TextLengthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("基于CNN的模型", 8)]
    [InlineData("𠮷野家", 3)] // a non-BMP code point is one character, as in Python's len()
    [InlineData("a b\n", 4)]
    public void Chars_counts_code_points(string text, int expected) => Assert.Equal(expected, TextLength.Chars(text));

    [Fact]
    public void Truncate_never_splits_a_surrogate_pair()
    {
        Assert.Equal("𠮷", TextLength.Truncate("𠮷𠮷𠮷", 1));
        Assert.Equal("ab", TextLength.Truncate("ab", 5));
        Assert.Equal(string.Empty, TextLength.Truncate("abc", 0));
    }
}
