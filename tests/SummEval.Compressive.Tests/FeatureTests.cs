using SummEval.Compressive.Features;
using SummEval.Jieba.Keywords;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class FeatureTests
{
    [Fact]
    public void NamesMatchTheVectorLength()
    {
        Assert.Equal(WordFeatures.Count, WordFeatures.Names.Count);
        Assert.Equal(WordFeatures.Names.Count, WordFeatures.Names.Distinct().Count());
    }

    [Fact]
    public void WordsCoverTheSourceAndCarrySentenceAndClausePositions()
    {
        const string source = "本文提出一种基于图神经网络的推荐方法，提高了准确率。实验表明，该方法优于基线。";
        var document = DocumentAnalyzer.Default.Analyze(source);
        Assert.Equal(source, string.Concat(document.Words.Select(w => w.Text)));
        Assert.Equal(2, document.SentenceScores.Length);
        Assert.Equal(0, document.Words[0].Sentence);
        Assert.Equal(1, document.Words[^1].Sentence);
        var after = document.Words.First(w => w.Text == "提高");
        Assert.Equal(1, after.Clause);
        Assert.Equal(0, after.IndexInClause);

        var features = WordFeatures.Extract(document, TfidfKeywordExtractor.Default.Idf, KeepRateLexicon.Empty);
        Assert.Equal(document.Words.Count, features.Length);
        Assert.All(features, f => Assert.Equal(WordFeatures.Count, f.Length));
        Assert.All(features, f => Assert.All(f, v => Assert.True(float.IsFinite(v))));
        var seenBefore = WordFeatures.Names.ToList().IndexOf("seen_before");
        var methods = document.Words.Select((w, i) => (w, i)).Where(p => p.w.Text == "方法").Select(p => p.i).ToArray();
        Assert.Equal([0f, 1f], methods.Select(i => features[i][seenBefore]).ToArray());
    }

    [Fact]
    public void CodePointOffsetsCountSurrogatePairsOnce()
    {
        var document = DocumentAnalyzer.Default.Analyze("𠮷野家研究。");
        Assert.Equal(6, document.Length);
        Assert.Equal(0, document.Words[0].Start);
    }
}
