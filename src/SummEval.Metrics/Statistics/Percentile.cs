namespace SummEval.Metrics;

/// <summary>Percentiles by linear interpolation between order statistics (numpy's default, "type 7").</summary>
public static class Percentile
{
    /// <summary>The <paramref name="q"/> quantile (0..1) of ascending <paramref name="sorted"/>; 0 when empty.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        var fraction = position - lower;
        return fraction == 0 ? sorted[lower] : sorted[lower] + ((sorted[upper] - sorted[lower]) * fraction);
    }
}
