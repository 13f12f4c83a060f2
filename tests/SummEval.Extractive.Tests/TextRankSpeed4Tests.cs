using CsCheck;
using SummEval.Extractive.Oracles;
using SummEval.Extractive.Selection;
using SummEval.Testing;
using Xunit;

namespace SummEval.Extractive.Tests;

// Round 11's speed: BitParallelLcs ids its alphabet with a table on the stack and keeps one row of match masks,
// DiscourseMarkers strips without copying, Lcs.Units allocates once. The answers must be what they were.
public sealed class TextRankSpeed4Tests
{
    // A few CJK ideographs (many matches), non-BMP code points, ASCII, and ints no code point has (the id table must
    // take any int, 0 and negatives included).
    private static readonly int[] Symbols = [0x4E00, 0x4E01, 0x4E02, 0x6A21, 0x20000, 0x2A6DF, 0x1F600, 'a', '1', 0, -1, int.MaxValue, int.MinValue];

    private static readonly Gen<int[]> Sequences =
        Gen.OneOf(Gen.Int[0, 3], Gen.Int[0, Symbols.Length - 1]).Select(i => Symbols[i]).Array[0, 150];

    [Fact]
    public void BitParallelLcsAgreesWithTheTableInAnyOrder() =>
        PropertyCheck.ForAll(Gen.Select(Sequences.Array[1, 10], Gen.Int), t =>
        {
            var (units, seed) = t;
            var lcs = new BitParallelLcs(units);

            // Every ordered pair (both orders, a sequence with itself), shuffled: the kept row changes at random.
            var pairs = (from a in Enumerable.Range(0, units.Length) from b in Enumerable.Range(0, units.Length) select (a, b)).ToArray();
            new Random(seed).Shuffle(pairs);
            foreach (var (a, b) in pairs)
            {
                var expected = Lcs.Length(units[a], units[b]);
                Assert.Equal(expected, lcs.Length(a, b));
                var both = units[a].Length + units[b].Length;
                Assert.Equal(units[a].Length == 0 || units[b].Length == 0 ? 0 : 2.0 * expected / both, lcs.F1(a, b));
            }
        }, seed: 20261203, iterations: 300);

    [Fact]
    public void BitParallelLcsReadsSummariesOfAnyLength()
    {
        // Candidate summaries as ConsensusSelector reads them: CJK, a non-BMP ideograph, letters; past 64 and 256 units.
        string[] texts = ["基于词向量的文本特征选择改进算法", "𠀀基于词向量𠀀的Text特征", string.Concat(Enumerable.Repeat("文本𠀀特征a", 20)), string.Concat(Enumerable.Repeat("词向量的改进", 50)), ""];
        var units = texts.Select(Lcs.Units).ToArray();
        Assert.Equal(texts[2].EnumerateRunes().Count(), units[2].Length);
        var lcs = new BitParallelLcs(units);
        for (var a = 0; a < units.Length; a++)
        {
            for (var b = 0; b < units.Length; b++)
            {
                Assert.Equal(Lcs.Length(units[a], units[b]), lcs.Length(a, b));
            }
        }
    }

    private static readonly string[] ClausePieces =
    [
        "本文", "提出了", "一种", "了", "研究", "结果表明", "因此", "观察", "比较了", "并", "和", " ", "\t", "模型", "方法", "为", "𠀀", "a", "，", "\u0001",
    ];

    private static readonly Gen<string> Clauses =
        Gen.Int[0, ClausePieces.Length - 1].Select(i => ClausePieces[i]).Array[0, 8].Select(parts => string.Concat(parts));

    [Fact]
    public void MarkerOnlyIsWhatStrippingAStandInLeaves() =>
        PropertyCheck.ForAll(Gen.Select(Clauses, Gen.Bool), t =>
        {
            var (clause, objectiveVerbs) = t;

            // The definition IsMarkerOnly had before it stopped copying the clause.
            var trimmed = clause.Trim();
            var expected = trimmed.Length > 0 && DiscourseMarkers.Strip(trimmed + "\u0001", objectiveVerbs) == "\u0001";
            Assert.Equal(expected, DiscourseMarkers.IsMarkerOnly(clause, objectiveVerbs));

            // Strip leaves a suffix, the clause itself when nothing goes.
            var rest = DiscourseMarkers.Strip(clause, objectiveVerbs);
            Assert.EndsWith(rest, clause, StringComparison.Ordinal);
            Assert.True(rest.Length < clause.Length || ReferenceEquals(rest, clause));
        }, seed: 20261204, iterations: 2000);

    [Theory]
    [InlineData("本文提出了一种新方法", false, "新方法")]
    [InlineData("  结果表明，模型", false, "，模型")]
    [InlineData("比较了东南景天", true, "东南景天")]
    [InlineData("比较了东南景天", false, "比较了东南景天")]
    [InlineData("并且和本文", false, "本文")]
    public void StripRemovesLeadingMarkers(string clause, bool objectiveVerbs, string rest) =>
        Assert.Equal(rest, DiscourseMarkers.Strip(clause, objectiveVerbs));
}
