namespace SummEval.Compressive.Features;

/// <summary>
/// The second-stage feature vector of a word (stacking): the first-stage keep probabilities of the word, of its
/// neighbours within three words and of its clause, sentence and document, so a second classifier can see whether a
/// likely word stands in a likely phrase (the first stage sees each word's own features only).
/// </summary>
public static class StackFeatures
{
    private const int Reach = 3;

    /// <summary>Feature names in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "p",
        .. Enumerable.Range(1, Reach).SelectMany(o => new[] { $"p_prev{o}", $"p_next{o}" }),
        "clause_p_max", "clause_p_mean", "sentence_p_max", "sentence_p_mean", "p_rank_in_document", "p_over_document_max",
        "document_top5_mean", "same_word_p_max", "word_length", "punctuation", "sentence_index",
    ];

    /// <summary>Length of each vector.</summary>
    public const int Count = 1 + (2 * Reach) + 11;

    /// <summary>One vector per word of <paramref name="document"/> from its first-stage <paramref name="probabilities"/>.</summary>
    public static float[][] Extract(AnalyzedDocument document, double[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(probabilities);
        var words = document.Words;
        var n = words.Count;
        if (probabilities.Length != n)
        {
            throw new ArgumentException($"expected {n} probabilities, got {probabilities.Length}.", nameof(probabilities));
        }

        var clauseMax = new Dictionary<(int, int), double>();
        var clauseSum = new Dictionary<(int, int), (double Sum, int Count)>();
        var sentenceMax = new Dictionary<int, double>();
        var sentenceSum = new Dictionary<int, (double Sum, int Count)>();
        var wordMax = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var w = words[i];
            var p = probabilities[i];
            var clause = (w.Sentence, w.Clause);
            clauseMax[clause] = Math.Max(clauseMax.GetValueOrDefault(clause), p);
            var c = clauseSum.GetValueOrDefault(clause);
            clauseSum[clause] = (c.Sum + p, c.Count + 1);
            sentenceMax[w.Sentence] = Math.Max(sentenceMax.GetValueOrDefault(w.Sentence), p);
            var s = sentenceSum.GetValueOrDefault(w.Sentence);
            sentenceSum[w.Sentence] = (s.Sum + p, s.Count + 1);
            wordMax[w.Text] = Math.Max(wordMax.GetValueOrDefault(w.Text), p);
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => probabilities[i]).ThenBy(i => i).ToArray();
        var rank = new int[n];
        for (var r = 0; r < n; r++)
        {
            rank[order[r]] = r;
        }

        var documentMax = n == 0 ? 1 : Math.Max(1e-9, probabilities[order[0]]);
        var top5 = n == 0 ? 0 : order.Take(5).Average(i => probabilities[i]);
        var result = new float[n][];
        for (var i = 0; i < n; i++)
        {
            var w = words[i];
            var f = new float[Count];
            var k = 0;
            f[k++] = (float)probabilities[i];
            for (var o = 1; o <= Reach; o++)
            {
                f[k++] = i - o >= 0 ? (float)probabilities[i - o] : -1;
                f[k++] = i + o < n ? (float)probabilities[i + o] : -1;
            }

            var clause = clauseSum[(w.Sentence, w.Clause)];
            var sentence = sentenceSum[w.Sentence];
            f[k++] = (float)clauseMax[(w.Sentence, w.Clause)];
            f[k++] = (float)(clause.Sum / clause.Count);
            f[k++] = (float)sentenceMax[w.Sentence];
            f[k++] = (float)(sentence.Sum / sentence.Count);
            f[k++] = Math.Min(rank[i], 100);
            f[k++] = (float)(probabilities[i] / documentMax);
            f[k++] = (float)top5;
            f[k++] = (float)wordMax[w.Text];
            f[k++] = w.Length;
            f[k++] = w.IsPunctuation ? 1 : 0;
            f[k++] = Math.Min(w.Sentence, 30);
            result[i] = f;
        }

        return result;
    }
}
