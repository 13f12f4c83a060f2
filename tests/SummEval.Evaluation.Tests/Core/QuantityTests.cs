using SummEval.Text;
using Xunit;

namespace SummEval.Evaluation.Tests.Core;

public class QuantityTests
{
    [Theory]
    [InlineData(0, "0 documents")]
    [InlineData(1, "1 document")]
    [InlineData(2, "2 documents")]
    [InlineData(1000, "1000 documents")]
    public void Counts_take_the_singular_only_for_one(long count, string expected) => Assert.Equal(expected, Quantity.Of(count, "document"));

    [Fact]
    public void Irregular_plurals_are_given()
    {
        Assert.Equal("1 summary", Quantity.Of(1, "summary", "summaries"));
        Assert.Equal("3 summaries", Quantity.Of(3, "summary", "summaries"));
        Assert.Equal("retries", Quantity.Noun(2, "retry", "retries"));
    }
}
