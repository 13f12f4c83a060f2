using SummEval.Text;

namespace SummEval.Metrics;

/// <summary>
/// Scores a whole system output: per-document ROUGE, corpus macro means with seeded bootstrap confidence
/// intervals, and length adherence.
/// </summary>
public static class CorpusScorer
{
    /// <summary>
    /// Scores (id, candidate, references) triples in the given order; deterministic for a given seed and input order.
    /// An empty list is refused: a corpus mean over no documents is undefined, and zeros would read as a bad system.
    /// </summary>
    public static ScoreReport Score(IReadOnlyList<(string Id, string Candidate, IReadOnlyList<string> References)> items, CorpusScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        RefuseEmpty(items.Count, nameof(items));
        var perDoc = new DocumentScore[items.Count];
        for (var i = 0; i < perDoc.Length; i++)
        {
            var (id, candidate, references) = items[i];
            perDoc[i] = new DocumentScore(id, RougeScorer.Score(candidate, references, options.Rouge), TextLength.Chars(candidate));
        }

        return Summarize(perDoc, options);
    }

    /// <summary>
    /// Scores (id, candidate, references, source) items: ROUGE against the references as <c>Score</c> does, plus
    /// extractiveness, novel n-grams and repetition against the source (<see cref="NoveltyScorer"/>) at the same
    /// token level, with their corpus means and intervals in <see cref="ScoreReport.Novelty"/>. An empty list is refused, as by <c>Score</c>.
    /// </summary>
    public static ScoreReport ScoreWithSources(IReadOnlyList<(string Id, string Candidate, IReadOnlyList<string> References, string Source)> items, CorpusScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        RefuseEmpty(items.Count, nameof(items));
        var perDoc = new DocumentScore[items.Count];
        for (var i = 0; i < perDoc.Length; i++)
        {
            var (id, candidate, references, source) = items[i];
            perDoc[i] = new DocumentScore(id, RougeScorer.Score(candidate, references, options.Rouge), TextLength.Chars(candidate))
            {
                Novelty = NoveltyScorer.Score(candidate, source, options.Rouge.Tokenizer),
            };
        }

        return Summarize(perDoc, options);
    }

    /// <summary>
    /// Builds the corpus summary from already-computed per-document scores; identical to <c>Score</c> and <c>ScoreWithSources</c> for the
    /// same per-document list. The bootstrap resamples documents with replacement using <c>new Random(Seed)</c>, the
    /// same resamples for all three metrics, and takes the 2.5th/97.5th percentiles of the mean F1. An empty list gives
    /// zeros with <c>Count</c> 0, so a board built before any document is scored still lists its entries.
    /// </summary>
    public static ScoreReport Summarize(IReadOnlyList<DocumentScore> perDoc, CorpusScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(perDoc);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BootstrapSamples, 1, nameof(options.BootstrapSamples));
        var n = perDoc.Count;
        var novelty = n > 0 && perDoc.All(static d => d.Novelty is not null);
        var metrics = 3 + (novelty ? NoveltySummary.Figures : 0);

        // Row-major (document, metric): one resample reads one document's figures together.
        var values = new double[n * metrics];
        var chars = new int[n];
        var failed = new bool[n];
        for (var i = 0; i < n; i++)
        {
            failed[i] = perDoc[i].Failed;
            var rouge = perDoc[i].Rouge;
            var row = values.AsSpan(i * metrics, metrics);
            row[0] = rouge.Rouge1.F1;
            row[1] = rouge.Rouge2.F1;
            row[2] = rouge.RougeL.F1;
            if (novelty)
            {
                NoveltySummary.Values(perDoc[i].Novelty!, row[3..]);
            }

            chars[i] = perDoc[i].Chars;
        }

        var (low, high) = BootstrapMeans.Intervals(values, metrics, options.BootstrapSamples, options.Seed);
        return new ScoreReport(
            Summary(perDoc, static r => r.Rouge1, low[0], high[0]),
            Summary(perDoc, static r => r.Rouge2, low[1], high[1]),
            Summary(perDoc, static r => r.RougeL, low[2], high[2]),
            LengthAdherence.Compute(chars, options.MaxChars, failed),
            n,
            perDoc)
        {
            Novelty = novelty ? NoveltyMeans(values, metrics, n, low, high) : null,
        };
    }

    private static void RefuseEmpty(int count, string parameter)
    {
        if (count == 0)
        {
            throw new ArgumentException("There are no documents to score: a corpus mean over none is undefined.", parameter);
        }
    }

    private static NoveltySummary NoveltyMeans(double[] values, int metrics, int n, double[] low, double[] high)
    {
        var figures = new MeanInterval[NoveltySummary.Figures];
        for (var m = 0; m < figures.Length; m++)
        {
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                sum += values[(i * metrics) + 3 + m];
            }

            figures[m] = new MeanInterval(sum / n, low[3 + m], high[3 + m]);
        }

        return new NoveltySummary(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6]);
    }

    private static MetricSummary Summary(IReadOnlyList<DocumentScore> perDoc, Func<RougeScores, PrfScore> metric, double low, double high)
    {
        if (perDoc.Count == 0)
        {
            return new MetricSummary(0, 0, 0, 0, 0);
        }

        double p = 0, r = 0, f = 0;
        foreach (var doc in perDoc)
        {
            var s = metric(doc.Rouge);
            p += s.Precision;
            r += s.Recall;
            f += s.F1;
        }

        return new MetricSummary(p / perDoc.Count, r / perDoc.Count, f / perDoc.Count, low, high);
    }
}
