using System.Text;
using SummEval.Regression;

namespace SummEval.Reports.Regression;

/// <summary>
/// GitHub Actions workflow commands for a regression result: one <c>::error</c> line per regressed figure and one
/// <c>::warning</c> line per figure worth a look, with data and properties escaped as the runner expects.
/// </summary>
public static class GithubAnnotations
{
    /// <summary>The annotation lines, errors first, in figure order.</summary>
    public static IReadOnlyList<string> Lines(RegressionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = new List<string>();
        foreach (var problem in result.GeneralProblems)
        {
            lines.Add($"::error title={Property("summeval check")}::{Data(problem)}");
        }

        foreach (var figure in result.Figures.Where(f => f.Regressed))
        {
            lines.Add($"::error title={Property($"summeval check: {figure.Summarizer} {figure.Metric}")}::{Data(figure.Message)}");
        }

        foreach (var figure in result.Figures.Where(f => !f.Regressed && f.Warning is not null))
        {
            lines.Add($"::warning title={Property($"summeval check: {figure.Summarizer} {figure.Metric}")}::{Data(figure.Message)}");
        }

        return lines;
    }

    /// <summary>Escapes a command's message (<c>%</c>, CR, LF).</summary>
    public static string Data(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();
    }

    /// <summary>Escapes a command property's value (as <see cref="Data"/>, plus <c>:</c> and <c>,</c>).</summary>
    public static string Property(string text) => new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
