using System.Globalization;
using SummEval.Regression;
using SummEval.Text;

namespace SummEval.Reports.Regression;

/// <summary>The number formats every regression output shares, so the log, Markdown, HTML, GitHub and JUnit agree to the digit.</summary>
public static class RegressionFormat
{
    /// <summary>A figure (mean F1, adherence share or failure count).</summary>
    public static string Value(RegressionFigure figure, double? value)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return value is not { } v ? "-" : figure.Metric == "failures" ? ((int)v).ToString(CultureInfo.InvariantCulture) : v.ToString("0.0000", CultureInfo.InvariantCulture);
    }

    /// <summary>The delta, <c>new</c> or <c>gone</c>.</summary>
    public static string Delta(RegressionFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Delta is { } d
            ? figure.Metric == "failures" ? d.ToString("+0;-0;0", CultureInfo.InvariantCulture) : Signed(d)
            : figure.Baseline is null ? "new" : "gone";
    }

    /// <summary>The paired interval as <c>[lo, hi]</c>, or a dash.</summary>
    public static string Interval(RegressionFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Test is { } t ? $"[{Signed(t.CiLow)}, {Signed(t.CiHigh)}]" : "-";
    }

    /// <summary>The p-value, or a dash.</summary>
    public static string PValue(RegressionFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Test is { } t ? t.PValue.ToString("0.0000", CultureInfo.InvariantCulture) : "-";
    }

    /// <summary><c>REGRESSED</c>, <c>warning</c> or <c>ok</c>.</summary>
    public static string Status(RegressionFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Regressed ? "REGRESSED" : figure.Warning is not null ? "warning" : "ok";
    }

    /// <summary>A signed four-decimal number.</summary>
    public static string Signed(double value) => value.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture);

    /// <summary>A four-decimal score.</summary>
    public static string Score(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>The interval's confidence level in percent, e.g. <c>95</c>.</summary>
    public static string Level(RegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (100 * (1 - options.Alpha)).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>The closing line: passed or failed with the count of problems.</summary>
    public static string Verdict(RegressionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summarizers = result.Figures.Select(f => f.Summarizer).Distinct(StringComparer.Ordinal).Count();
        return result.Failed
            ? $"check failed: {Quantity.Of(result.Problems.Count, "problem")} ({result.RuleDescription})."
            : $"check passed: {Quantity.Of(summarizers, "summarizer")}, no regression ({result.RuleDescription}).";
    }
}
