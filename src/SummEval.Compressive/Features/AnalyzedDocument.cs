namespace SummEval.Compressive.Features;

/// <summary>
/// A source text segmented and tagged once, with the document-level facts every word feature needs. The words
/// concatenate back to the source exactly, so any subset of them in order is a subsequence of it.
/// </summary>
public sealed class AnalyzedDocument
{
    /// <summary>Creates the analysis; see <see cref="DocumentAnalyzer"/>.</summary>
    public AnalyzedDocument(string source, IReadOnlyList<AnalyzedWord> words, double[] sentenceScores, int[] sentenceWordCounts, int[] clauseWordCounts, IReadOnlyDictionary<string, double> keywordWeights)
    {
        Source = source;
        Words = words;
        SentenceScores = sentenceScores;
        SentenceWordCounts = sentenceWordCounts;
        ClauseWordCounts = clauseWordCounts;
        KeywordWeights = keywordWeights;
    }

    /// <summary>The text analysed.</summary>
    public string Source { get; }

    /// <summary>Every word in source order.</summary>
    public IReadOnlyList<AnalyzedWord> Words { get; }

    /// <summary>Sentence TextRank scores (PageRank over word-overlap similarity), one per sentence.</summary>
    public double[] SentenceScores { get; }

    /// <summary>Number of words in each sentence.</summary>
    public int[] SentenceWordCounts { get; }

    /// <summary>Number of words in the clause of each word (indexed like <see cref="Words"/>).</summary>
    public int[] ClauseWordCounts { get; }

    /// <summary>jieba TextRank keyword weights (0..1) of the document's content words.</summary>
    public IReadOnlyDictionary<string, double> KeywordWeights { get; }

    /// <summary>Source length in code points.</summary>
    public int Length => Words.Count == 0 ? 0 : Words[^1].Start + Words[^1].Length;
}
