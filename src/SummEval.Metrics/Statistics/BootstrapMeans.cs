using System.Numerics;

namespace SummEval.Metrics;

/// <summary>
/// Seeded percentile-bootstrap 95 % intervals of means: resample documents with replacement (<c>new Random(seed)</c>,
/// <c>Next(n)</c>), the same resamples for every figure, and take the 2.5th/97.5th percentiles of the resampled means.
/// </summary>
public static class BootstrapMeans
{
    /// <summary>
    /// Intervals of the means of <paramref name="metrics"/> figures per document, given row-major as
    /// <c>values[document * metrics + figure]</c>. Adding figures to a row does not change the others' intervals.
    /// </summary>
    public static (double[] Low, double[] High) Intervals(ReadOnlySpan<double> values, int metrics, int samples, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(metrics, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var low = new double[metrics];
        var high = new double[metrics];
        var n = values.Length / metrics;
        if (n == 0)
        {
            return (low, high);
        }

        // means[m * samples + b]: each figure's resampled means contiguous, to sort in place.
        var means = new double[metrics * samples];
        var random = new Random(seed);
        Span<double> sums = stackalloc double[metrics];
        for (var b = 0; b < samples; b++)
        {
            sums.Clear();
            for (var k = 0; k < n; k++)
            {
                AddRow(sums, values.Slice(random.Next(n) * metrics, metrics));
            }

            for (var m = 0; m < metrics; m++)
            {
                means[(m * samples) + b] = sums[m] / n;
            }
        }

        for (var m = 0; m < metrics; m++)
        {
            var sorted = means.AsSpan(m * samples, samples);
            sorted.Sort();
            low[m] = Percentile.OfSorted(sorted, 0.025);
            high[m] = Percentile.OfSorted(sorted, 0.975);
        }

        return (low, high);
    }

    // Lane-wise vector adds are the same IEEE additions in the same order per figure, so the sums (and intervals)
    // are bit-identical to a scalar loop; with many figures per document this halves the resampling time.
    private static void AddRow(Span<double> sums, ReadOnlySpan<double> row)
    {
        var m = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; m <= row.Length - Vector<double>.Count; m += Vector<double>.Count)
            {
                (new Vector<double>(sums[m..]) + new Vector<double>(row[m..])).CopyTo(sums[m..]);
            }
        }

        for (; m < row.Length; m++)
        {
            sums[m] += row[m];
        }
    }
}
