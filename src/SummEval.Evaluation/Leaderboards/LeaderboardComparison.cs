namespace SummEval.Leaderboards;

/// <summary>One compared figure: a summarizer's metric in the baseline and now.</summary>
/// <param name="Summarizer">The spec.</param>
/// <param name="Metric"><c>rouge1</c>, <c>rouge2</c>, <c>rougeL</c> (F1) or <c>adherence</c>.</param>
/// <param name="Baseline">The baseline value, or null for a summarizer new in the current board.</param>
/// <param name="Current">The current value, or null for a summarizer that disappeared.</param>
/// <param name="Regressed">True when the value dropped by more than the tolerance, or the summarizer disappeared.</param>
public sealed record MetricDelta(string Summarizer, string Metric, double? Baseline, double? Current, bool Regressed)
{
    /// <summary>Current minus baseline, when both exist.</summary>
    public double? Delta => Current - Baseline;
}

/// <summary>The outcome of comparing two leaderboards: every figure, and the problems that make the gate fail.</summary>
public sealed record ComparisonResult(IReadOnlyList<MetricDelta> Rows, IReadOnlyList<string> Problems)
{
    /// <summary>True when the gate fails.</summary>
    public bool Failed => Problems.Count > 0;
}

/// <summary>
/// The regression gate as a pure function: a summarizer whose ROUGE-1/2/L F1 or length adherence drops by more than
/// the tolerance, a summarizer missing from the current board, or boards of different datasets, sizes or budgets
/// fail; improvements and new summarizers pass.
/// </summary>
public static class LeaderboardComparison
{
    /// <summary>The default tolerance: half a ROUGE point.</summary>
    public const double DefaultTolerance = 0.005;

    // Values that went through JSON may differ in the last bits; such noise is not a regression.
    private const double Noise = 1e-12;

    /// <summary>Compares <paramref name="current"/> against <paramref name="baseline"/>.</summary>
    public static ComparisonResult Compare(LeaderboardSnapshot baseline, LeaderboardSnapshot current, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        var problems = new List<string>();
        if (baseline.Dataset != current.Dataset)
        {
            problems.Add($"dataset differs: baseline '{baseline.Dataset}', current '{current.Dataset}'");
        }

        if (baseline.Count != current.Count)
        {
            problems.Add($"document count differs: baseline {baseline.Count}, current {current.Count}");
        }

        if (baseline.MaxChars != current.MaxChars)
        {
            problems.Add($"maxChars differs: baseline {baseline.MaxChars?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, current {current.MaxChars?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
        }

        var rows = new List<MetricDelta>();
        var now = current.Entries.ToDictionary(e => e.Summarizer, StringComparer.Ordinal);
        foreach (var before in baseline.Entries)
        {
            if (!now.TryGetValue(before.Summarizer, out var after))
            {
                problems.Add($"'{before.Summarizer}' disappeared");
                rows.AddRange(Metrics(before).Select(m => new MetricDelta(before.Summarizer, m.Metric, m.Value, null, true)));
                continue;
            }

            foreach (var ((metric, b), (_, a)) in Metrics(before).Zip(Metrics(after)))
            {
                var regressed = b - a > tolerance + Noise;
                if (regressed)
                {
                    problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{before.Summarizer}' {metric} dropped {b - a:0.0000} ({b:0.0000} -> {a:0.0000}), more than {tolerance}"));
                }

                rows.Add(new MetricDelta(before.Summarizer, metric, b, a, regressed));
            }
        }

        foreach (var added in current.Entries.Where(e => !baseline.Entries.Any(b => b.Summarizer == e.Summarizer)))
        {
            rows.AddRange(Metrics(added).Select(m => new MetricDelta(added.Summarizer, m.Metric, null, m.Value, false)));
        }

        return new ComparisonResult(rows, problems);
    }

    private static IEnumerable<(string Metric, double Value)> Metrics(SnapshotEntry e) =>
        [("rouge1", e.Rouge1), ("rouge2", e.Rouge2), ("rougeL", e.RougeL), ("adherence", e.Adherence)];
}
