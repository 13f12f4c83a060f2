namespace SummEval.Metrics;

/// <summary>Significance of the difference between two systems scored on the same documents.</summary>
public static class PairedTest
{
    /// <summary>
    /// Paired bootstrap on per-document values (same documents, same order): documents are resampled with
    /// replacement (<c>new Random(seed)</c>) and the mean difference A − B recomputed. The two-sided p-value is the
    /// share of resampled means at least |observed| away from the observed mean (the bootstrap distribution shifted
    /// to the null of no difference), with the usual +1 correction, so it is never 0; identical systems and a single
    /// document give 1. The interval holds the central 1 − <paramref name="alpha"/> of the resampled means (95 % by
    /// default). The two answer different questions (how surprising the difference is under no difference; where the
    /// difference lies), so on a small or skewed sample p can be just under alpha while the interval still holds 0.
    /// A value that is not finite is rejected, naming the document.
    /// </summary>
    public static PairedTestResult Bootstrap(IReadOnlyList<double> a, IReadOnlyList<double> b, int samples = 10000, int seed = 42, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        if (alpha is not (> 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must lie strictly between 0 and 1.");
        }

        if (a.Count != b.Count)
        {
            throw new ArgumentException($"paired test needs the same documents: {a.Count} values for A, {b.Count} for B.", nameof(b));
        }

        var n = a.Count;
        if (n == 0)
        {
            return new PairedTestResult(0, 1, 0, 0, samples);
        }

        var differences = new double[n];
        double observed = 0;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(a[i]) || !double.IsFinite(b[i]))
            {
                throw new ArgumentException($"paired test needs finite values: document {i} has {a[i]} for A and {b[i]} for B.", double.IsFinite(a[i]) ? nameof(b) : nameof(a));
            }

            differences[i] = a[i] - b[i];
            observed += differences[i];
        }

        observed /= n;
        if (n == 1)
        {
            // Every resample of one document is that document: no spread, so no evidence either way.
            return new PairedTestResult(observed, 1, observed, observed, samples);
        }

        var random = new Random(seed);
        var means = new double[samples];
        var extreme = 0;
        var threshold = Math.Abs(observed);
        for (var s = 0; s < samples; s++)
        {
            double sum = 0;
            for (var k = 0; k < n; k++)
            {
                sum += differences[random.Next(n)];
            }

            means[s] = sum / n;
            if (Math.Abs(means[s] - observed) >= threshold)
            {
                extreme++;
            }
        }

        Array.Sort(means);
        return new PairedTestResult(
            observed,
            PValue: (extreme + 1.0) / (samples + 1.0),
            CiLow: Percentile.OfSorted(means, alpha / 2),
            CiHigh: Percentile.OfSorted(means, 1 - (alpha / 2)),
            Samples: samples);
    }
}
