using SummEval.Compressive.Features;
using SummEval.Compressive.Training;
using SummEval.Jieba.Keywords;
using SummEval.Text;
using Xunit;

namespace SummEval.Compressive.Tests;

public sealed class NeighbourIndexTests
{
    private const string Medicine = "目的探讨二甲双胍治疗糖尿病患者的临床疗效。方法选取糖尿病患者六十例，观察血糖变化。";
    private const string Vision = "本文提出一种基于深度学习图像识别模型，提高了识别准确率。";

    private static IdfTable Idf => TfidfKeywordExtractor.Default.Idf;

    // A training document whose title words are the given words of its source.
    private static (AnalyzedDocument Document, bool[] Labels, int TitleChars) Titled(string source, params string[] titleWords)
    {
        var document = DocumentAnalyzer.Default.Analyze(source);
        return (document, [.. document.Words.Select(w => titleWords.Contains(w.Text))], titleWords.Sum(w => TextLength.Chars(w)));
    }

    [Fact]
    public void NeighboursAreTheMostSimilarDocumentsTiesInDocumentOrderNeverTheExcludedOne()
    {
        var index = NeighbourIndex.Build([Titled(Medicine, "二甲双胍", "糖尿病"), Titled(Vision, "图像", "识别"), Titled(Medicine, "临床", "疗效")], Idf);
        var query = DocumentAnalyzer.Default.Analyze(Medicine);

        // Documents 0 and 2 are the query itself: equal similarity, the earlier first; the unrelated one is not a neighbour.
        var all = index.Lookup(query, Idf, k: 3);
        Assert.Equal(2, all.Neighbours);
        Assert.Equal(1, all.TopSimilarity, 2);
        Assert.Equal((7 + 4) / 2.0, all.MeanTitleChars, 6);
        Assert.Equal((1, 2), (all.Words["糖尿病"].Title, all.Words["糖尿病"].Content));
        Assert.Equal((1, 2), (all.Words["疗效"].Title, all.Words["疗效"].Content));

        // Leave-one-out: without document 0, only document 2's title counts, and 糖尿病, which only document 0's title
        // holds, is not found in document 2's text either (an index without document 0 would not store it).
        var withoutFirst = index.Lookup(query, Idf, k: 3, exclude: 0);
        Assert.Equal(1, withoutFirst.Neighbours);
        Assert.Equal(4, withoutFirst.MeanTitleChars, 6);
        Assert.Equal((1, 1), (withoutFirst.Words["疗效"].Title, withoutFirst.Words["疗效"].Content));
        Assert.False(withoutFirst.Words.ContainsKey("糖尿病"));
        Assert.False(withoutFirst.Words.ContainsKey("图像"));

        // k = 1 takes the earlier of two equally similar documents.
        Assert.Equal(7, index.Lookup(query, Idf, k: 1).MeanTitleChars, 6);
        Assert.Same(NeighbourEvidence.None, index.Lookup(query, Idf, k: 0));
    }

    [Fact]
    public void TitleShareIsSmoothedTowardsTheGlobalKeepRateAndRoundTrips()
    {
        var index = NeighbourIndex.Build([Titled(Medicine, "二甲双胍", "糖尿病"), Titled(Vision, "图像", "识别"), Titled(Medicine, "临床", "疗效")], Idf);
        var query = DocumentAnalyzer.Default.Analyze(Medicine);
        var names = WordFeatures.Names.ToList();
        var word = query.Words.ToList().FindIndex(w => w.Text == "糖尿病");
        var none = WordFeatures.Extract(query, Idf, KeepRateLexicon.Empty);
        var some = WordFeatures.Extract(query, Idf, KeepRateLexicon.Empty, index.Lookup(query, Idf, k: 3));

        // No neighbours: the title share is the global rate (0 for an empty lexicon); with two, one title of two holds it.
        Assert.Equal(0f, none[word][names.IndexOf("similar_title_share")]);
        Assert.Equal(1 / 4f, some[word][names.IndexOf("similar_title_share")], 5);
        Assert.Equal(1f, some[word][names.IndexOf("similar_any_title")]);
        Assert.Equal(2f, some[word][names.IndexOf("similar_content_count")]);

        using var writer = new StringWriter();
        index.Write(writer);
        var read = NeighbourIndex.Read(new StringReader(writer.ToString()), "neighbours.tsv");
        Assert.Equal(index.Count, read.Count);
        var before = index.Lookup(query, Idf, k: 3);
        var after = read.Lookup(query, Idf, k: 3);
        Assert.Equal((before.Neighbours, before.TopSimilarity, before.MeanTitleChars), (after.Neighbours, after.TopSimilarity, after.MeanTitleChars));
        Assert.Equal(before.Words.OrderBy(p => p.Key, StringComparer.Ordinal), after.Words.OrderBy(p => p.Key, StringComparer.Ordinal));
        using var again = new StringWriter();
        read.Write(again);
        Assert.Equal(writer.ToString(), again.ToString());
        Assert.Throws<InvalidDataException>(() => NeighbourIndex.Read(new StringReader("2\t1\nx\n"), "bad.tsv"));
    }

    [Fact]
    public void ATrainingDocumentsFeaturesAreThoseOfAnIndexWithoutIt()
    {
        var pairs = OtherFields.Read().Select(r => r.Pair).ToList();
        var options = new TrainingOptions { Folds = 3 };
        var prepared = CompressiveTrainer.Prepare(pairs, [.. pairs.Select((_, i) => i % 3)], options, DocumentAnalyzer.Default);
        var neighbours = CompressiveTrainer.NeighboursOf(prepared, Idf);
        var features = CompressiveTrainer.TrainingFeatures(prepared, CompressiveTrainer.LexiconOf(prepared), neighbours, Idf, options);
        var names = WordFeatures.Names.ToList();
        string[] exact = ["similar_any_title", "similar_title_count", "similar_content_count", "similar_top_similarity", "similar_mean_title_chars"];
        var columns = exact.Select(n => names.IndexOf(n)).ToArray();

        var titles = prepared.Select(p => p.Document.Words.Where((w, i) => p.Labels[i] && !w.IsPunctuation).Select(w => w.Text).ToHashSet()).ToList();

        // Leave-one-out must be exact: the document's own title may not even decide which words the neighbours' texts keep.
        var ownTitleWords = 0;
        for (var d = 0; d < prepared.Length; d++)
        {
            var others = CompressiveTrainer.NeighboursOf([.. prepared.Where((_, j) => j != d)], Idf);
            var withoutIt = others.Lookup(prepared[d].Document, Idf, options.SimilarDocuments);
            var expected = WordFeatures.Extract(prepared[d].Document, Idf, KeepRateLexicon.Empty, withoutIt);
            Assert.True(withoutIt.Neighbours > 0);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(columns.Select(c => expected[i][c]), columns.Select(c => features[d][i][c]));
            }

            // The words of its title no other title holds are, for its features, words no title holds (found in no neighbour).
            for (var i = 0; i < expected.Length; i++)
            {
                var word = prepared[d].Document.Words[i];
                if (titles[d].Contains(word.Text) && titles.Where((_, j) => j != d).All(t => !t.Contains(word.Text)))
                {
                    Assert.Equal(0f, features[d][i][names.IndexOf("similar_content_count")]);
                    ownTitleWords++;
                }
            }
        }

        Assert.True(ownTitleWords > 20, $"only {ownTitleWords} title words unique to one document");
    }
}
