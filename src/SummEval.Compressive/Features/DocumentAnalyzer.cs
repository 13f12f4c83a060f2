using SummEval.Extractive.Normalization;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.TextRank;
using SummEval.Jieba.Keywords;
using SummEval.Jieba.PosTagging;

namespace SummEval.Compressive.Features;

/// <summary>
/// Segments and tags a text with jieba, finds its sentences and clauses, and ranks sentences (TextRank) and
/// words (jieba's TextRank keywords): the shared first step of training and summarizing.
/// </summary>
public sealed class DocumentAnalyzer(PosTagger tagger, TextRankKeywordExtractor keywords)
{
    private static readonly Lazy<DocumentAnalyzer> LazyDefault = new(
        () => new DocumentAnalyzer(PosTagger.Default, TextRankKeywordExtractor.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The analyzer over jieba's default dictionary (loaded on first use).</summary>
    public static DocumentAnalyzer Default => LazyDefault.Value;

    /// <summary>Analyses <paramref name="source"/>.</summary>
    public AnalyzedDocument Analyze(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tagged = WholeFormulas(source, tagger.Cut(source));
        var sentenceEnds = SentenceEnds(source);

        var words = new List<AnalyzedWord>(tagged.Count);
        var sentenceWordCounts = new List<int>();
        var clauseOf = new List<int>();
        var clauseSizes = new List<int>();
        int utf16 = 0, codePoint = 0, sentence = 0, inSentence = 0, clause = 0, inClause = 0;
        var clauseId = 0;
        clauseSizes.Add(0);
        sentenceWordCounts.Add(0);
        foreach (var (word, flag) in tagged)
        {
            // A word starting at or after the end of the current sentence opens the next one.
            while (sentence < sentenceEnds.Count - 1 && utf16 >= sentenceEnds[sentence])
            {
                sentence++;
                sentenceWordCounts.Add(0);
                inSentence = 0;
                clause = 0;
                inClause = 0;
                clauseId++;
                clauseSizes.Add(0);
            }

            var length = TextLengthOf(word);
            words.Add(new AnalyzedWord(word, flag, codePoint, length, sentence, inSentence, clause, inClause));
            clauseOf.Add(clauseId);
            clauseSizes[clauseId]++;
            sentenceWordCounts[sentence]++;
            inSentence++;
            inClause++;
            if (IsClauseBreak(word))
            {
                clause++;
                inClause = 0;
                clauseId++;
                clauseSizes.Add(0);
            }

            utf16 += word.Length;
            codePoint += length;
        }

        var clauseWordCounts = clauseOf.Select(c => clauseSizes[c]).ToArray();
        var scores = SentenceScores(words, sentenceWordCounts.Count);
        var keywordWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, weight) in keywords.Extract(tagged, topK: null))
        {
            keywordWeights[word] = weight;
        }

        return new AnalyzedDocument(source, words, scores, [.. sentenceWordCounts], clauseWordCounts, keywordWeights);
    }

    // A TeX formula is one word, kept whole or left out: jieba splits $\ell_1$ into $, \, ell, _, 1, $, and a summary
    // keeping some of them is no formula ("椭圆方程$$中").
    private static List<(string Word, string Flag)> WholeFormulas(string source, List<(string Word, string Flag)> tagged)
    {
        var spans = InlineMath.Spans(source);
        if (spans.Count == 0)
        {
            return tagged;
        }

        var merged = new List<(string Word, string Flag)>(tagged.Count);
        int offset = 0, span = 0;
        for (var i = 0; i < tagged.Count;)
        {
            while (span < spans.Count && spans[span].End <= offset)
            {
                span++;
            }

            if (span < spans.Count && offset + tagged[i].Word.Length > spans[span].Start)
            {
                // Every word that overlaps the formula joins it (jieba never puts $ or \ inside a word, so these
                // are the formula's own words).
                var start = offset;
                var end = offset;
                while (i < tagged.Count && end < spans[span].End)
                {
                    end += tagged[i].Word.Length;
                    i++;
                }

                merged.Add((source[start..end], "eng"));
                offset = end;
                continue;
            }

            merged.Add(tagged[i]);
            offset += tagged[i].Word.Length;
            i++;
        }

        return merged;
    }

    private static List<int> SentenceEnds(string source)
    {
        // UTF-16 end offsets of the splitter's sentences located in the source (the splitter trims them).
        var ends = new List<int>();
        var cursor = 0;
        foreach (var sentence in SentenceSplitter.Split(source))
        {
            var at = source.IndexOf(sentence, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            cursor = at + sentence.Length;
            ends.Add(cursor);
        }

        if (ends.Count == 0)
        {
            ends.Add(source.Length);
        }

        return ends;
    }

    private static double[] SentenceScores(List<AnalyzedWord> words, int sentenceCount)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<int>[sentenceCount];
        for (var i = 0; i < sentenceCount; i++)
        {
            ids[i] = [];
        }

        foreach (var word in words)
        {
            if (word.IsPunctuation || StopWords.Default.Contains(word.Text))
            {
                continue;
            }

            if (!vocabulary.TryGetValue(word.Text, out var id))
            {
                id = vocabulary.Count;
                vocabulary[word.Text] = id;
            }

            ids[word.Sentence].Add(id);
        }

        var arrays = ids.Select(list => list.ToArray()).ToArray();
        var weights = SentenceGraph.Weights(arrays, vocabulary.Count, SimilarityKind.Overlap);
        return SentenceGraph.PageRank(weights, sentenceCount);
    }

    private static bool IsClauseBreak(string word) =>
        word is "，" or "," or "；" or ";" or "：" or ":" or "。" or "、";

    private static int TextLengthOf(string word) => SummEval.Text.TextLength.Chars(word);
}
