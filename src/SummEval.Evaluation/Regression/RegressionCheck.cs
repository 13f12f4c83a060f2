using System.Globalization;
using SummEval.Leaderboards;
using SummEval.Metrics;
using SummEval.Text;

namespace SummEval.Regression;

/// <summary>
/// The paired regression gate as a pure function of two runs' per-document results: per summarizer and metric, the
/// mean difference over the documents both runs share with a paired bootstrap interval (<see cref="PairedTest"/>),
/// decided by <see cref="RegressionOptions.FailOn"/>; a summarizer that vanished or whose failures rose fails too.
/// </summary>
public static class RegressionCheck
{
    // Values that went through JSON may differ in the last bits; such noise is not a regression.
    private const double Noise = 1e-12;

    /// <summary>Compares <paramref name="current"/> against <paramref name="baseline"/>.</summary>
    /// <exception cref="RegressionInputException">The runs are not comparable (dataset, budget, tokenization, reference mode, no shared document).</exception>
    public static RegressionResult Compare(RunRecord baseline, RunRecord current, RegressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        options ??= new RegressionOptions();
        if (Mismatches(baseline, current) is { Count: > 0 } mismatches)
        {
            throw new RegressionInputException("the runs are not comparable: " + string.Join("; ", mismatches) + ".");
        }

        var baselineIds = AllIds(baseline);
        var currentIds = AllIds(current);
        var shared = baselineIds.Count(currentIds.Contains);
        if (shared == 0)
        {
            throw new RegressionInputException($"the runs share no document id (baseline {Quantity.Of(baselineIds.Count, "document")}, current {currentIds.Count}); documents are matched by id.");
        }

        var figures = new List<RegressionFigure>();
        var changes = new List<SummarizerChanges>();
        var problems = new List<string>();
        var now = current.Summarizers.ToDictionary(s => s.Summarizer, StringComparer.Ordinal);
        foreach (var before in baseline.Summarizers)
        {
            if (!now.TryGetValue(before.Summarizer, out var after))
            {
                var vanished = $"'{before.Summarizer}' vanished: it is in the baseline but not in the current run";
                problems.Add(vanished);
                foreach (var metric in RegressionMetrics.All)
                {
                    var mean = before.Documents.Count == 0 ? 0 : before.Documents.Average(d => RegressionMetrics.Value(metric, d, baseline.MaxChars));
                    figures.Add(new RegressionFigure(before.Summarizer, metric, mean, null, null, true, null) { Message = vanished });
                }

                continue;
            }

            var pairs = Pair(before, after);
            var regressed = false;
            foreach (var metric in RegressionMetrics.All)
            {
                var figure = Decide(before.Summarizer, metric, pairs, baseline.MaxChars, options);
                figures.Add(figure);
                if (figure.Regressed)
                {
                    regressed = true;
                    problems.Add(figure.Message);
                }
            }

            var failuresBefore = pairs.Count(p => p.Before.Failure is not null);
            var failuresAfter = pairs.Count(p => p.After.Failure is not null);
            var failuresRose = failuresAfter > failuresBefore;
            var failureMessage = failuresRose
                ? $"'{before.Summarizer}' failures rose from {failuresBefore} to {failuresAfter} on {pairs.Count} shared documents"
                : $"'{before.Summarizer}' failures {failuresBefore} -> {failuresAfter}";
            figures.Add(new RegressionFigure(before.Summarizer, "failures", failuresBefore, failuresAfter, null, failuresRose, null) { Message = failureMessage });
            if (failuresRose)
            {
                regressed = true;
                problems.Add(failureMessage);
            }

            changes.Add(Explain(before.Summarizer, regressed, pairs, baseline.MaxChars, options.WorstDocuments));
        }

        var known = baseline.Summarizers.Select(s => s.Summarizer).ToHashSet(StringComparer.Ordinal);
        foreach (var added in current.Summarizers.Where(s => !known.Contains(s.Summarizer)))
        {
            foreach (var metric in RegressionMetrics.All)
            {
                var mean = added.Documents.Count == 0 ? 0 : added.Documents.Average(d => RegressionMetrics.Value(metric, d, current.MaxChars));
                figures.Add(new RegressionFigure(added.Summarizer, metric, null, mean, null, false, null) { Message = $"'{added.Summarizer}' is new" });
            }
        }

        return new RegressionResult(
            current.Dataset,
            current.MaxChars,
            PerDocument: true,
            shared,
            baselineIds.Count,
            currentIds.Count,
            options,
            figures,
            changes.OrderByDescending(c => c.Regressed).ToList(),
            problems);
    }

    /// <summary>
    /// The corpus-level comparison of two plain leaderboards (<see cref="LeaderboardComparison"/>, unchanged) in the
    /// same shape, so every output format works for it too; there are no intervals and no per-document explanation.
    /// </summary>
    public static RegressionResult FromCorpus(LeaderboardSnapshot baseline, LeaderboardSnapshot current, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var comparison = LeaderboardComparison.Compare(baseline, current, tolerance);
        var figures = comparison.Rows.Select(r => new RegressionFigure(r.Summarizer, r.Metric, r.Baseline, r.Current, null, r.Regressed, null)
        {
            // A regressed figure carries its problem's exact line, so every output names it the same way.
            Message = r switch
            {
                { Current: null } => $"'{r.Summarizer}' disappeared",
                { Baseline: null } => $"'{r.Summarizer}' is new",
                { Regressed: true } => comparison.Problems.First(p => p.StartsWith($"'{r.Summarizer}' {r.Metric} dropped", StringComparison.Ordinal)),
                _ => string.Create(CultureInfo.InvariantCulture, $"'{r.Summarizer}' {r.Metric} {r.Baseline:0.0000} -> {r.Current:0.0000} (delta {r.Delta:+0.0000;-0.0000;0.0000})"),
            },
        }).ToList();
        var options = new RegressionOptions { Tolerance = tolerance, AdherenceTolerance = tolerance, FailOn = FailRule.Drop };
        return new RegressionResult(current.Dataset, current.MaxChars, PerDocument: false, Math.Min(baseline.Count, current.Count), baseline.Count, current.Count, options, figures, [], comparison.Problems);
    }

    /// <summary>Why two runs cannot be compared document by document (empty when they can).</summary>
    public static IReadOnlyList<string> Mismatches(RunRecord baseline, RunRecord current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var list = new List<string>();
        if (baseline.DatasetChecksum != current.DatasetChecksum)
        {
            list.Add($"dataset differs: baseline '{baseline.Dataset}' (sha256 {Short(baseline.DatasetChecksum)}, {Quantity.Of(baseline.DatasetCount, "document")}), current '{current.Dataset}' (sha256 {Short(current.DatasetChecksum)}, {Quantity.Of(current.DatasetCount, "document")})");
        }

        if (baseline.MaxChars != current.MaxChars)
        {
            list.Add($"budget differs: baseline maxChars {Show(baseline.MaxChars)}, current {Show(current.MaxChars)}");
        }

        if (baseline.Tokenization != current.Tokenization)
        {
            list.Add($"tokenization differs: baseline {baseline.Tokenization}, current {current.Tokenization}");
        }

        if (baseline.ReferenceMode != current.ReferenceMode)
        {
            list.Add($"reference mode differs: baseline {baseline.ReferenceMode}, current {current.ReferenceMode}");
        }

        return list;
    }

    private static RegressionFigure Decide(string summarizer, string metric, IReadOnlyList<DocumentChange> pairs, int? maxChars, RegressionOptions options)
    {
        var before = pairs.Select(p => RegressionMetrics.Value(metric, p.Before, maxChars)).ToArray();
        var after = pairs.Select(p => RegressionMetrics.Value(metric, p.After, maxChars)).ToArray();
        var test = PairedTest.Bootstrap(after, before, options.Samples, options.Seed, options.Alpha);
        var tolerance = options.ToleranceFor(metric);
        var delta = test.MeanDifference;
        var beyond = delta < -tolerance - Noise;
        var significant = test.CiHigh < 0;
        var regressed = options.FailOn == FailRule.Drop ? beyond : beyond && significant;
        string? warning = null;
        if (!regressed && beyond)
        {
            warning = "dropped more than the tolerance, but the interval includes zero (noise at this significance level)";
        }
        else if (!regressed && significant && delta < -Noise)
        {
            warning = "a significant drop, within the tolerance";
        }

        var baselineMean = before.Length == 0 ? 0 : before.Average();
        var currentMean = after.Length == 0 ? 0 : after.Average();
        var level = 100 * (1 - options.Alpha);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"'{summarizer}' {metric} {baselineMean:0.0000} -> {currentMean:0.0000}: delta {delta:+0.0000;-0.0000;0.0000} [{test.CiLow:+0.0000;-0.0000;0.0000}, {test.CiHigh:+0.0000;-0.0000;0.0000}] ({level:0.##} % paired bootstrap, p = {test.PValue:0.0000}, {Quantity.Of(pairs.Count, "document")})");
        if (regressed)
        {
            message += string.Create(CultureInfo.InvariantCulture, $": dropped more than {tolerance}{(options.FailOn == FailRule.Significant ? " and the interval excludes zero" : string.Empty)}");
        }
        else if (warning is not null)
        {
            message += ": " + warning;
        }

        return new RegressionFigure(summarizer, metric, baselineMean, currentMean, test, regressed, warning) { Message = message };
    }

    private static List<DocumentChange> Pair(SummarizerRecord before, SummarizerRecord after)
    {
        var now = after.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var pairs = new List<DocumentChange>(before.Documents.Count);
        foreach (var document in before.Documents)
        {
            if (now.TryGetValue(document.Id, out var a))
            {
                pairs.Add(new DocumentChange(document, a));
            }
        }

        return pairs;
    }

    private static SummarizerChanges Explain(string summarizer, bool regressed, IReadOnlyList<DocumentChange> pairs, int? maxChars, int worst)
    {
        var lost = pairs.Where(p => p.RougeLDelta < -Noise).OrderBy(p => p.RougeLDelta).ThenBy(p => p.Before.Position).ToList();
        return new SummarizerChanges(
            summarizer,
            regressed,
            pairs.Count,
            pairs.Count(p => p.Before.Summary != p.After.Summary || p.Before.Failure != p.After.Failure),
            lost.Take(worst).ToList(),
            lost.Count,
            pairs.Where(p => p.Before.Failure is null && p.After.Failure is not null).ToList(),
            pairs.Where(p => p.Before.WithinBudget(maxChars) && !p.After.WithinBudget(maxChars)).ToList());
    }

    private static HashSet<string> AllIds(RunRecord run) =>
        run.Summarizers.SelectMany(s => s.Documents.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);

    private static string Short(string checksum) => checksum.Length > 12 ? checksum[..12] + "..." : checksum;

    private static string Show(int? maxChars) => maxChars?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
}
