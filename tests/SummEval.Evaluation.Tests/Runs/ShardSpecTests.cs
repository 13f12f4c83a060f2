using CsCheck;
using SummEval.Runs;
using SummEval.Testing;
using Xunit;

namespace SummEval.Evaluation.Tests.Runs;

public sealed class ShardSpecTests
{
    [Theory]
    [InlineData("1/4", 1, 4)]
    [InlineData("4/4", 4, 4)]
    [InlineData("1/1", 1, 1)]
    public void Parses_k_of_n(string text, int k, int n) => Assert.Equal(new ShardSpec(k, n), ShardSpec.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("a/4")]
    [InlineData("1-4")]
    [InlineData("-1/4")]
    public void Rejects_anything_else_with_a_message(string text)
    {
        var ex = Assert.Throws<RunException>(() => ShardSpec.Parse(text));
        Assert.Contains(text, ex.Message);
    }

    [Fact]
    public void The_shards_of_n_partition_every_position_exactly_once()
    {
        PropertyCheck.ForAll(
            Gen.Select(Gen.Int[1, 16], Gen.Int[0, 500]),
            t =>
            {
                var (n, count) = t;
                var owners = Enumerable.Range(0, count)
                    .Select(position => Enumerable.Range(1, n).Count(k => new ShardSpec(k, n).Contains(position)));
                return owners.All(o => o == 1);
            },
            seed: 20261129,
            iterations: 200);
    }
}
