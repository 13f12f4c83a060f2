using SummEval.Extractive.TextRank;
using SummEval.Jieba;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Extractive.Tests;

/// <summary><see cref="TextRankSummarizer.ScoreClauses"/>: textrank's roles, values and coverage per clause, as the compressive model reads them.</summary>
public sealed class ClauseScoreTests
{
    [Fact]
    public void ScoresEveryClauseWithItsRoleValueAndCoverage()
    {
        var summarizer = new TextRankSummarizer(JiebaSegmenter.Default, new TextRankOptions(), TfidfKeywordExtractor.Default.Idf.Of);
        var document = summarizer.Analyze("目的：探讨二甲双胍对糖尿病患者血糖的影响。方法：选取120例患者随机分为两组。结果：观察组血糖显著降低。结论：二甲双胍可有效控制血糖。");
        var centrality = SentenceCentrality.Compute(document.SentenceWords, document.Idf.Length, summarizer.Options);
        var scores = TextRankSummarizer.ScoreClauses(document, centrality, summarizer.Options);

        Assert.Equal(document.Clauses.Count, scores.Count);
        Assert.Equal([ClauseRole.Objective, ClauseRole.Method, ClauseRole.Result, ClauseRole.Other], scores.Select(s => s.Role).ToArray());
        Assert.All(scores, s => Assert.True(s.Value > 0));

        // The objective (× 1.5, first sentence, its words taken up later) outranks the result (× 0.6).
        Assert.True(scores[0].Value > scores[2].Value);
        Assert.True(scores[0].Forward > 0);
        Assert.Equal(0, scores[0].Backward);
        Assert.Equal(0, scores[3].Forward);
        Assert.True(scores[3].Backward > 0);
    }
}
