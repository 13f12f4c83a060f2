using SummEval.Runs;
using Xunit;

namespace SummEval.Evaluation.Tests.Runs;

public sealed class OrderedMergeTests
{
    [Fact]
    public void Interleaves_sorted_sources_with_ties_in_source_order()
    {
        IEnumerable<(int Key, string Tag)>[] sources =
        [
            [(0, "a0"), (3, "a3"), (9, "a9")],
            [],
            [(1, "c1"), (3, "c3"), (4, "c4")],
        ];

        var merged = OrderedMerge.By(sources, x => x.Key).Select(x => x.Tag);

        Assert.Equal(["a0", "c1", "a3", "c3", "c4", "a9"], merged);
    }

    [Fact]
    public void Holds_one_element_per_source_and_reads_no_further_than_it_must()
    {
        var pulled = new int[2];
        IEnumerable<int> Source(int index, int first)
        {
            for (var i = first; ; i += 2)
            {
                pulled[index]++;
                yield return i;
            }
        }

        var firstFive = OrderedMerge.By<int>([Source(0, 0), Source(1, 1)], x => x).Take(5).ToList();

        Assert.Equal([0, 1, 2, 3, 4], firstFive);
        Assert.Equal([3, 3], pulled);
    }

    [Fact]
    public void An_unsorted_source_is_an_error_not_a_wrong_order()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrderedMerge.By<int>([new[] { 2, 1 }], x => x).ToList());
        Assert.Contains("not sorted", error.Message);
    }
}
