using System.Text;
using SummEval.Text;

namespace SummEval.Reports.Html;

/// <summary>
/// Server-side SVG of ROUGE-1/2/L F1 per summarizer: horizontal bars with whiskers for the confidence
/// interval, one group per summarizer in leaderboard order. Drawn in C# so the page needs no chart library.
/// </summary>
internal static class RougeBarChart
{
    private const double LabelWidth = 250;
    private const double PlotWidth = 460;
    private const double ValueWidth = 56;
    private const double BarHeight = 9;
    private const double BarGap = 2;
    private const double GroupGap = 12;
    private const double Top = 28;
    private const double AxisHeight = 22;
    private const int LabelMaxChars = 34;

    private static readonly (string Name, string CssClass, Func<HtmlReportEntry, HtmlRougeScore> Score)[] Series =
    [
        ("ROUGE-1", "r1", e => e.Rouge1),
        ("ROUGE-2", "r2", e => e.Rouge2),
        ("ROUGE-L", "rl", e => e.RougeL),
    ];

    public static void Append(StringBuilder html, IReadOnlyList<RankedEntry> entries)
    {
        var groupHeight = (Series.Length * BarHeight) + ((Series.Length - 1) * BarGap);
        var height = Top + (entries.Count * (groupHeight + GroupGap)) + AxisHeight;
        var width = LabelWidth + PlotWidth + ValueWidth;
        var max = AxisMax(entries);
        double X(double v) => LabelWidth + (Math.Clamp(v, 0, max) / max * PlotWidth);

        html.Append("<svg class=\"chart rouge-chart\" role=\"img\" aria-label=\"ROUGE F1 with confidence intervals\" ")
            .Append("viewBox=\"0 0 ").Append(HtmlText.Coord(width)).Append(' ')
            .Append(HtmlText.Coord(height)).Append("\" width=\"").Append(HtmlText.Coord(width)).Append("\" height=\"")
            .Append(HtmlText.Coord(height)).Append("\">");

        AppendLegend(html);
        var plotBottom = height - AxisHeight;
        var step = max > 0.5 ? 0.1 : 0.05;
        for (var i = 0; (i * step) <= max + 1e-9; i++)
        {
            var x = HtmlText.Coord(X(i * step));
            html.Append("<line class=\"grid\" x1=\"").Append(x).Append("\" y1=\"").Append(HtmlText.Coord(Top - 4))
                .Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(HtmlText.Coord(plotBottom)).Append("\"/>")
                .Append("<text class=\"tick\" x=\"").Append(x).Append("\" y=\"").Append(HtmlText.Coord(plotBottom + 15))
                .Append("\" text-anchor=\"middle\">").Append(HtmlText.Fixed(i * step, 2)).Append("</text>");
        }

        for (var g = 0; g < entries.Count; g++)
        {
            var entry = entries[g].Entry;
            var y0 = Top + (g * (groupHeight + GroupGap));
            html.Append("<g class=\"group").Append(entry.Oracle ? " oracle" : string.Empty).Append("\">");
            html.Append("<text class=\"label\" x=\"").Append(HtmlText.Coord(LabelWidth - 8)).Append("\" y=\"")
                .Append(HtmlText.Coord(y0 + (groupHeight / 2) + 4)).Append("\" text-anchor=\"end\"><title>")
                .AppendEscaped(entry.Spec).Append("</title>").AppendEscaped(Label(entries[g])).Append("</text>");
            for (var s = 0; s < Series.Length; s++)
            {
                AppendBar(html, Series[s], entry, y0 + (s * (BarHeight + BarGap)), X);
            }

            html.Append("</g>");
        }

        html.Append("<line class=\"axis\" x1=\"").Append(HtmlText.Coord(LabelWidth)).Append("\" y1=\"")
            .Append(HtmlText.Coord(Top - 4)).Append("\" x2=\"").Append(HtmlText.Coord(LabelWidth)).Append("\" y2=\"")
            .Append(HtmlText.Coord(plotBottom)).Append("\"/></svg>");
    }

    private static void AppendBar(
        StringBuilder html,
        (string Name, string CssClass, Func<HtmlReportEntry, HtmlRougeScore> Score) series,
        HtmlReportEntry entry,
        double y,
        Func<double, double> x)
    {
        var score = series.Score(entry);
        var f1 = double.IsFinite(score.F1) ? score.F1 : 0;
        var hasInterval = double.IsFinite(score.F1Low) && double.IsFinite(score.F1High);
        html.Append("<g class=\"bar ").Append(series.CssClass).Append("\"><title>").AppendEscaped(entry.Spec)
            .Append(' ').Append(series.Name).Append(" F1 ").Append(HtmlText.Fixed(score.F1, 4));
        if (hasInterval)
        {
            html.Append(" [").Append(HtmlText.Fixed(score.F1Low, 4)).Append(", ").Append(HtmlText.Fixed(score.F1High, 4))
                .Append(']');
        }

        html.Append("</title><rect x=\"").Append(HtmlText.Coord(x(0))).Append("\" y=\"").Append(HtmlText.Coord(y))
            .Append("\" width=\"").Append(HtmlText.Coord(x(f1) - x(0))).Append("\" height=\"")
            .Append(HtmlText.Coord(BarHeight)).Append("\"/>");
        if (hasInterval)
        {
            var mid = HtmlText.Coord(y + (BarHeight / 2));
            var lo = HtmlText.Coord(x(score.F1Low));
            var hi = HtmlText.Coord(x(score.F1High));
            var capTop = HtmlText.Coord(y);
            var capBottom = HtmlText.Coord(y + BarHeight);
            html.Append("<path class=\"whisker\" d=\"M").Append(lo).Append(' ').Append(mid).Append("H").Append(hi)
                .Append("M").Append(lo).Append(' ').Append(capTop).Append("V").Append(capBottom)
                .Append("M").Append(hi).Append(' ').Append(capTop).Append("V").Append(capBottom).Append("\"/>");
        }

        html.Append("<text class=\"value\" x=\"").Append(HtmlText.Coord(LabelWidth + PlotWidth + 6)).Append("\" y=\"")
            .Append(HtmlText.Coord(y + BarHeight - 1)).Append("\">").Append(HtmlText.Fixed(score.F1, 4))
            .Append("</text></g>");
    }

    private static void AppendLegend(StringBuilder html)
    {
        var x = LabelWidth;
        foreach (var (name, cssClass, _) in Series)
        {
            html.Append("<g class=\"bar ").Append(cssClass).Append("\"><rect x=\"").Append(HtmlText.Coord(x))
                .Append("\" y=\"6\" width=\"12\" height=\"10\"/><text class=\"legend\" x=\"").Append(HtmlText.Coord(x + 16))
                .Append("\" y=\"15\">").Append(name).Append(" F1</text></g>");
            x += 100;
        }

        html.Append("<text class=\"legend\" x=\"").Append(HtmlText.Coord(x)).Append("\" y=\"15\">")
            .Append("whiskers: confidence interval</text>");
    }

    private static string Label(RankedEntry ranked)
    {
        var spec = ranked.Entry.Spec;
        var shown = TextLength.Chars(spec) > LabelMaxChars ? TextLength.Truncate(spec, LabelMaxChars - 1) + "…" : spec;
        var label = ranked.Rank is { } rank ? HtmlText.Int(rank) + ". " + shown : shown;
        return ranked.Entry.Oracle ? label + " (oracle)" : label;
    }

    // The axis ends at the next tenth above the largest value shown, so small scores still get wide bars.
    private static double AxisMax(IReadOnlyList<RankedEntry> entries)
    {
        var largest = 0.0;
        foreach (var ranked in entries)
        {
            foreach (var (_, _, score) in Series)
            {
                var s = score(ranked.Entry);
                foreach (var v in new[] { s.F1, s.F1High })
                {
                    if (double.IsFinite(v))
                    {
                        largest = Math.Max(largest, v);
                    }
                }
            }
        }

        return Math.Clamp(Math.Ceiling((largest * 10) - 1e-9) / 10, 0.1, 1.0);
    }
}
