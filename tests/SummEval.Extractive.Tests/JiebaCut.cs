using SummEval.Extractive.Selection;
using SummEval.Jieba;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary>The well-formed prefix of a text cut on Jieba's tokens, as textrank cuts a clause.</summary>
internal static class JiebaCut
{
    /// <summary>
    /// The well-formed prefix of <paramref name="text"/> cut after the token that ends after <paramref name="keep"/>
    /// (Jieba's tokens of the whole text, so the rules see what follows), under <paramref name="rules"/>.
    /// </summary>
    public static string Prefix(string text, string keep, WellFormedCutRules rules = WellFormedCutRules.All)
    {
        Assert.StartsWith(keep, text, StringComparison.Ordinal);
        var ends = new List<int>();
        foreach (var token in JiebaSegmenter.Default.Cut(text))
        {
            ends.Add((ends.Count == 0 ? 0 : ends[^1]) + token.Length);
        }

        var count = ends.IndexOf(keep.Length) + 1;
        Assert.True(count > 0, $"no token ends after {keep}");
        var kept = WellFormedCut.Count(text, ends, count, rules);
        return kept == 0 ? string.Empty : text[..ends[kept - 1]];
    }
}
