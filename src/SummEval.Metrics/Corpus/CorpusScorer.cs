using SummEval.Text;

namespace SummEval.Metrics;

/// <summary>
/// Scores a whole system output: per-document ROUGE, corpus macro means with seeded bootstrap confidence
/// intervals, and length adherence.
/// </summary>
public static class CorpusScorer
{
    /// <summary>Scores (id, candidate, references) triples in the given order; deterministic for a given seed and input order.</summary>
    public static ScoreReport Score(IReadOnlyList<(string Id, string Candidate, IReadOnlyList<string> References)> items, CorpusScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var perDoc = new DocumentScore[items.Count];
        for (var i = 0; i < perDoc.Length; i++)
        {
            var (id, candidate, references) = items[i];
            perDoc[i] = new DocumentScore(id, RougeScorer.Score(candidate, references, options.Rouge), TextLength.Chars(candidate));
        }

        return Summarize(perDoc, options);
    }

    /// <summary>
    /// Builds the corpus summary from already-computed per-document scores; identical to <see cref="Score"/> for the
    /// same per-document list. The bootstrap resamples documents with replacement using <c>new Random(Seed)</c>, the
    /// same resamples for all three metrics, and takes the 2.5th/97.5th percentiles of the mean F1.
    /// </summary>
    public static ScoreReport Summarize(IReadOnlyList<DocumentScore> perDoc, CorpusScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(perDoc);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BootstrapSamples, 1, nameof(options.BootstrapSamples));
        var n = perDoc.Count;
        var f1 = new double[3][];
        for (var m = 0; m < 3; m++)
        {
            f1[m] = new double[n];
        }

        var chars = new int[n];
        for (var i = 0; i < n; i++)
        {
            var rouge = perDoc[i].Rouge;
            f1[0][i] = rouge.Rouge1.F1;
            f1[1][i] = rouge.Rouge2.F1;
            f1[2][i] = rouge.RougeL.F1;
            chars[i] = perDoc[i].Chars;
        }

        var (low, high) = BootstrapIntervals(f1, options.BootstrapSamples, options.Seed);
        return new ScoreReport(
            Summary(perDoc, static r => r.Rouge1, low[0], high[0]),
            Summary(perDoc, static r => r.Rouge2, low[1], high[1]),
            Summary(perDoc, static r => r.RougeL, low[2], high[2]),
            LengthAdherence.Compute(chars, options.MaxChars),
            n,
            perDoc);
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

    private static (double[] Low, double[] High) BootstrapIntervals(double[][] values, int samples, int seed)
    {
        var metrics = values.Length;
        var low = new double[metrics];
        var high = new double[metrics];
        var n = values[0].Length;
        if (n == 0)
        {
            return (low, high);
        }

        var means = new double[metrics][];
        for (var m = 0; m < metrics; m++)
        {
            means[m] = new double[samples];
        }

        var random = new Random(seed);
        Span<double> sums = stackalloc double[metrics];
        for (var b = 0; b < samples; b++)
        {
            sums.Clear();
            for (var k = 0; k < n; k++)
            {
                var i = random.Next(n);
                for (var m = 0; m < metrics; m++)
                {
                    sums[m] += values[m][i];
                }
            }

            for (var m = 0; m < metrics; m++)
            {
                means[m][b] = sums[m] / n;
            }
        }

        for (var m = 0; m < metrics; m++)
        {
            Array.Sort(means[m]);
            low[m] = Percentile.OfSorted(means[m], 0.025);
            high[m] = Percentile.OfSorted(means[m], 0.975);
        }

        return (low, high);
    }
}
