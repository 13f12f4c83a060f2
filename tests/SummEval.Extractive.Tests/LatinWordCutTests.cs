using SummEval.Extractive.Selection;
using SummEval.Extractive.TextRank;
using SummEval.Extractive.Tokenization;
using SummEval.Jieba;
using SummEval.Text;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>
/// jieba cuts an accented Latin word at each accented letter (<c>Schr|ö|dinger</c>); a textrank cut treats the word as one,
/// as it does an ASCII word, so no summary ends on <c>Schrö</c> or <c>Bé</c>.
/// </summary>
public sealed class LatinWordCutTests
{
    private static readonly TextRankSummarizer Default = new(JiebaSegmenter.Default, new TextRankOptions());

    // Each opens on, or holds early, a Latin word jieba cuts apart.
    private static readonly string[] Sources =
    [
        "Schrödinger方程的数值解法研究。本文提出一种求解非线性Schrödinger方程的新方法。",
        "Bézier曲线拟合。我们提出Bézier曲线的新算法。",
        "非线性Schrödinger方程的孤子解及其稳定性分析。",
        "基于Protégé的领域本体构建方法。以农业领域为例，构建了作物病害本体。",
        "Pe\u0301clet数对对流扩散方程数值解的影响。",
    ];

    [Theory]
    [InlineData("非线性Schrödinger方程的孤子解", "非线性Schrö", "非线性")]
    [InlineData("非线性Schrödinger方程的孤子解", "非线性Schr", "非线性")]
    [InlineData("一维含时Schrödinger方程的孤子解", "一维含时Schrö", "一维含时")]
    [InlineData("三次Bézier曲线拟合", "三次Bé", "三次")]
    [InlineData("薛定谔方程与Schrödinger方程", "薛定谔方程与Schrö", "薛定谔方程与")]
    public void AWellFormedCutInsideALatinWordBacksOffToBeforeIt(string text, string inside, string before) =>
        Assert.Equal(JiebaCut.Prefix(text, before), JiebaCut.Prefix(text, inside));

    [Fact]
    public void AWellFormedCutKeepsAWholeLatinWord() =>
        Assert.Equal("非线性Schrödinger方程", JiebaCut.Prefix("非线性Schrödinger方程的孤子解", "非线性Schrödinger方程"));

    [Fact]
    public void NoSummaryEndsInsideALatinWord()
    {
        foreach (var source in Sources)
        {
            for (var budget = 2; budget <= 30; budget++)
            {
                var summary = Default.Summarize(source, budget);
                Assert.True(TextLength.Chars(summary) <= budget, $"{budget}: {summary}");
                var at = source.IndexOf(summary, StringComparison.Ordinal);
                if (summary.Length == 0 || at < 0)
                {
                    continue;
                }

                // Only a word longer than the whole budget is cut inside, as an ASCII word is: the plain cut.
                var plainCut = TextLength.Chars(summary) == budget && summary.All(LatinLetters.IsLetterOrDigit);
                Assert.True(plainCut || !LatinLetters.SplitsWord(source, at + summary.Length), $"budget {budget}: {summary}");
            }
        }
    }

    [Theory]
    [InlineData(6, "Schröd")]
    [InlineData(10, "Schrödinge")]
    [InlineData(11, "Schrödinger")]
    public void AnAccentedWordLongerThanTheBudgetIsCutAsAnAsciiWordIs(int budget, string expected)
    {
        Assert.Equal(expected, Default.Summarize("Schrödinger方程的数值解法研究。", budget));
        Assert.Equal(expected.Replace('ö', 'o'), Default.Summarize("Schrodinger方程的数值解法研究。", budget));
    }

    [Theory]
    [InlineData("Schrödinger", 5, true)]
    [InlineData("Schrödinger", 6, true)]
    [InlineData("Schrödinger", 11, false)]
    [InlineData("Schrödinger方程", 11, false)]
    [InlineData("ab12cd", 3, true)]
    [InlineData("基于Bé", 2, false)]
    [InlineData("Pe\u0301clet", 2, true)] // a combining accent is part of its word
    [InlineData("A×B", 1, false)]
    public void SplitsWordIsALatinLetterOrDigitOnEachSide(string text, int end, bool expected) =>
        Assert.Equal(expected, LatinLetters.SplitsWord(text, end));
}
