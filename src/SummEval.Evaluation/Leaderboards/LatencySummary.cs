using SummEval.Metrics;

namespace SummEval.Leaderboards;

/// <summary>Per-document latency of one summarizer: median and 95th percentile in milliseconds (linear interpolation).</summary>
public sealed record LatencySummary(double P50, double P95)
{
    /// <summary>Summarizes <paramref name="latenciesMs"/>; zeros when there are none.</summary>
    public static LatencySummary From(IReadOnlyList<double> latenciesMs)
    {
        ArgumentNullException.ThrowIfNull(latenciesMs);
        var sorted = latenciesMs.Order().ToArray();
        return new LatencySummary(Percentile.OfSorted(sorted, 0.50), Percentile.OfSorted(sorted, 0.95));
    }
}
