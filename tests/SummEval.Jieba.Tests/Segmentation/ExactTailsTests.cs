using System.Text.Json;
using SummEval.Testing;
using Xunit;

namespace SummEval.Jieba.Tests.Segmentation;

/// <summary>
/// <see cref="JiebaSegmenter.CutWithTails"/>: the tokens are <see cref="JiebaSegmenter.Cut"/>'s, and wherever a token is
/// said to start an exact tail, segmenting the text from there gives exactly the tokens from there on (TextRank reuses
/// them for a clause whose framing it strips). Somewhere in CSL a tail inside an HMM run does differ, so marking every
/// token exact would fail here.
/// </summary>
public sealed class ExactTailsTests
{
    [SharedFact]
    public void ExactTailsAreTheSuffixesTokensOverCslTrain()
    {
        var segmenter = JiebaSegmenter.Default;
        var (exact, inexact, inexactDiffering) = (0, 0, 0);
        foreach (var line in File.ReadLines(SharedData.PathOf("data", "csl", "train.jsonl")).Take(200))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("content").GetString()!;
            var (e, i, d) = Check(segmenter, text);
            (exact, inexact, inexactDiffering) = (exact + e, inexact + i, inexactDiffering + d);
        }

        Assert.True(exact > 10 * inexact, $"{exact} exact, {inexact} inexact");
        Assert.True(inexactDiffering > 0, "no inexact tail differs: the flag would not be needed");
    }

    [Theory]
    [InlineData("Hello World\r\n中文 分词\t𠀀测试，3.5%的增长率 是 C++ 和 C# 的")]
    [InlineData("  结果表明：小明硕士毕业于中国科学院计算所，后在日本京都大学深造  ")]
    [InlineData("他来到了网易杭研大厦")]
    [InlineData("")]
    public void ExactTailsAreTheSuffixesTokens(string text) => Check(JiebaSegmenter.Default, text);

    private static (int Exact, int Inexact, int InexactDiffering) Check(JiebaSegmenter segmenter, string text)
    {
        var tokens = segmenter.CutWithTails(text, out var tails);
        Assert.Equal(segmenter.Cut(text), tokens);
        Assert.Equal(tokens.Count, tails.Length);
        var (exact, inexact, differing) = (0, 0, 0);
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var same = segmenter.Cut(text[start..]).SequenceEqual(tokens.Skip(i));
            if (tails[i])
            {
                Assert.True(same, $"token {i} ('{tokens[i]}') of '{text}' is marked exact, but the text from it is cut otherwise");
                exact++;
            }
            else
            {
                inexact++;
                differing += same ? 0 : 1;
            }

            start += tokens[i].Length;
        }

        return (exact, inexact, differing);
    }
}
