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
    public void ACharacterBeyondTheBasicPlaneIsALetterNotPunctuation()
    {
        // 𠮷 (U+20BB7) is two UTF-16 units, neither a letter alone: it was read as punctuation, and the decoder trimmed the
        // first character of 𠮷野家 (野家在日本开一家新店…).
        var document = DocumentAnalyzer.Default.Analyze("𠮷野家在日本开了一家新店。");
        var name = Assert.Single(document.Words, w => w.Text.Contains('\uD842', StringComparison.Ordinal));
        Assert.False(name.IsPunctuation);
        Assert.True(new AnalyzedWord("😀", "x", 0, 1, 0, 0, 0, 0).IsPunctuation);
        var summarizer = new CompressiveSummarizer(Model.DefaultModel.LoadShipped(), DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
        Assert.StartsWith("𠮷野家", summarizer.Summarize("𠮷野家在日本开了一家新店。该店主打牛肉饭，开业首日吸引了大量顾客。", 20), StringComparison.Ordinal);
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
    public void ContextFeaturesSeeRepeatedPhrasesTriggersAndClauses()
    {
        const string source = "本文提出一种推荐方法，基于图神经网络。图神经网络的推荐方法优于基线。";
        var document = DocumentAnalyzer.Default.Analyze(source);
        var features = WordFeatures.Extract(document, TfidfKeywordExtractor.Default.Idf, KeepRateLexicon.Empty);
        var names = WordFeatures.Names.ToList();
        float Feature(int word, string name) => features[word][names.IndexOf(name)];
        var words = document.Words.Select(w => w.Text).ToList();
        var firstMethod = words.IndexOf("方法");
        var lastMethod = words.LastIndexOf("方法");

        // 推荐方法 occurs twice: the bigram count sees both, later_occurrences only what follows.
        Assert.Equal(2f, Feature(firstMethod, "bigram_prev_frequency"));
        Assert.Equal(1f, Feature(firstMethod, "later_occurrences"));
        Assert.Equal(0f, Feature(lastMethod, "later_occurrences"));
        Assert.Equal(Feature(firstMethod, "first_occurrence_position"), Feature(lastMethod, "first_occurrence_position"));

        // The first clause holds 提出 (the first trigger clause), the second 基于, the last sentence none.
        Assert.Equal(0f, Feature(firstMethod, "trigger_clause_rank"));
        Assert.Equal(1f, Feature(words.IndexOf("基于") + 1, "trigger_clause_rank"));
        Assert.Equal(-1f, Feature(lastMethod, "trigger_clause_rank"));
        Assert.Equal(0f, Feature(lastMethod, "clause_has_trigger"));

        // last_trigger_kind: the most recent trigger in the sentence (一种 after 提出), reset by a new sentence.
        Assert.Equal(Feature(words.IndexOf("一种") + 1, "last_trigger_kind"), Feature(firstMethod, "last_trigger_kind"));
        Assert.NotEqual(Feature(words.IndexOf("一种"), "last_trigger_kind"), Feature(firstMethod, "last_trigger_kind"));
        Assert.Equal(-1f, Feature(lastMethod, "last_trigger_kind"));

        // 的 next to a word, and words left in the clause (方法 ends the first clause before the comma).
        var de = words.IndexOf("的");
        Assert.Equal(1f, Feature(de - 1, "next_is_de"));
        Assert.Equal(1f, Feature(de + 1, "previous_is_de"));
        Assert.Equal(1f, Feature(firstMethod, "words_to_clause_end"));
    }

    [Fact]
    public void CodePointOffsetsCountSurrogatePairsOnce()
    {
        var document = DocumentAnalyzer.Default.Analyze("𠮷野家研究。");
        Assert.Equal(6, document.Length);
        Assert.Equal(0, document.Words[0].Start);
    }

    [Fact]
    public void SectionFeaturesFollowTheLabelsOfAStructuredAbstract()
    {
        const string source = "目的：探讨针刺治疗失眠的疗效。方法：选取60例患者随机分组。结果：观察组有效率较高。结论：针刺有效。";
        var document = DocumentAnalyzer.Default.Analyze(source);
        var features = WordFeatures.Extract(document, TfidfKeywordExtractor.Default.Idf, KeepRateLexicon.Empty);
        var names = WordFeatures.Names.ToList();
        int kind = names.IndexOf("section_kind"), inLabel = names.IndexOf("in_section_label"), since = names.IndexOf("words_since_section_start");

        // The features of the word that holds the first occurrence of a fragment of the source.
        float[] Of(string fragment)
        {
            var at = source.IndexOf(fragment, StringComparison.Ordinal);
            var offset = 0;
            for (var i = 0; i < document.Words.Count; i++)
            {
                offset += document.Words[i].Text.Length;
                if (offset > at)
                {
                    return features[i];
                }
            }

            throw new InvalidOperationException(fragment);
        }

        Assert.Equal(1f, Of("目的")[inLabel]);
        Assert.Equal(0f, Of("探讨")[kind]);
        Assert.Equal(0f, Of("探讨")[inLabel]);
        Assert.Equal(0f, Of("探讨")[since]);
        Assert.Equal(2f, Of("选取")[kind]);
        Assert.Equal(3f, Of("观察组")[kind]);
        Assert.Equal(4f, Of("针刺有效")[kind]);

        // An abstract without labels: no section, no label.
        var plain = DocumentAnalyzer.Default.Analyze("本文提出一种方法，结果表明有效。");
        var plainFeatures = WordFeatures.Extract(plain, TfidfKeywordExtractor.Default.Idf, KeepRateLexicon.Empty);
        Assert.All(plainFeatures, f => Assert.Equal(-1f, f[kind]));
        Assert.All(plainFeatures, f => Assert.Equal(0f, f[inLabel]));
    }
}
