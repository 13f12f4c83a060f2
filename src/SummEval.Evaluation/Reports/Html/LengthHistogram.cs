using System.Text;
using SummEval.Text;

namespace SummEval.Reports.Html;

/// <summary>
/// Server-side SVG histogram of one summarizer's summary lengths (characters) with the budget drawn as a line.
/// Bins are aligned so the budget is always a bin edge: every bar is wholly within or wholly over budget.
/// </summary>
internal static class LengthHistogram
{
    private const double Width = 440;
    private const double Height = 150;
    private const double Left = 34;
    private const double Right = 10;
    private const double Top = 14;
    private const double Bottom = 30;
    private const int MaxBins = 60;

    /// <summary>The bins: first length of bin 0, the width in characters and the count per bin.</summary>
    public static (int Start, int BinWidth, int[] Counts) Bin(IReadOnlyList<int> lengths, int? budget)
    {
        var maxLength = 0;
        foreach (var length in lengths)
        {
            if (length < 0)
            {
                throw new ArgumentException("Summary lengths must not be negative (got " + HtmlText.Int(length) + ").", nameof(lengths));
            }

            maxLength = Math.Max(maxLength, length);
        }

        // One bin of room past the budget keeps the budget line off the plot's edge.
        var hi = Math.Max(maxLength, budget is { } limit ? limit + 1 : 0);
        var binWidth = Math.Max(1, (int)Math.Ceiling((hi + 1) / (double)MaxBins));

        // Shift the bins so budget + 1 starts a bin; the first bin may then start below zero (it never holds any).
        var offset = budget is { } b ? (b + 1) % binWidth : 0;
        var start = offset == 0 ? 0 : offset - binWidth;
        var counts = new int[((hi - start) / binWidth) + 1];
        foreach (var length in lengths)
        {
            counts[(length - start) / binWidth]++;
        }

        return (start, binWidth, counts);
    }

    public static void Append(StringBuilder html, HtmlReportEntry entry, int? budget)
    {
        var (start, binWidth, counts) = Bin(entry.SummaryLengths, budget);
        var plotWidth = Width - Left - Right;
        var plotBottom = Height - Bottom;
        var plotHeight = plotBottom - Top;
        var barWidth = plotWidth / counts.Length;
        var maxCount = Math.Max(1, counts.Max());
        double X(double chars) => Left + ((chars - start) / binWidth * barWidth);

        html.Append("<svg class=\"chart histogram\" role=\"img\" aria-label=\"summary length histogram\" viewBox=\"0 0 ")
            .Append(HtmlText.Coord(Width)).Append(' ').Append(HtmlText.Coord(Height)).Append("\" width=\"")
            .Append(HtmlText.Coord(Width)).Append("\" height=\"").Append(HtmlText.Coord(Height)).Append("\">");

        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            var first = Math.Max(0, start + (i * binWidth));
            var last = start + ((i + 1) * binWidth) - 1;
            var over = budget is { } b && first > b;
            var h = counts[i] / (double)maxCount * plotHeight;
            html.Append("<rect class=\"bin").Append(over ? " over" : string.Empty).Append("\" x=\"")
                .Append(HtmlText.Coord(Left + (i * barWidth) + 0.5)).Append("\" y=\"").Append(HtmlText.Coord(plotBottom - h))
                .Append("\" width=\"").Append(HtmlText.Coord(Math.Max(0.5, barWidth - 1))).Append("\" height=\"")
                .Append(HtmlText.Coord(h)).Append("\"><title>")
                .Append(first == last ? HtmlText.Int(first) : HtmlText.Int(first) + "–" + HtmlText.Int(last))
                .Append(" chars: ").Append(HtmlText.Int(counts[i])).Append(' ').Append(Quantity.Noun(counts[i], "summary", "summaries"))
                .Append("</title></rect>");
        }

        html.Append("<path class=\"axis\" d=\"M").Append(HtmlText.Coord(Left)).Append(' ').Append(HtmlText.Coord(Top))
            .Append("V").Append(HtmlText.Coord(plotBottom)).Append("H").Append(HtmlText.Coord(Width - Right)).Append("\"/>");
        var lastLength = start + (counts.Length * binWidth) - 1;
        AppendTick(html, X(0.5), plotBottom, "0");
        AppendTick(html, X(lastLength + 0.5), plotBottom, HtmlText.Int(lastLength));
        html.Append("<text class=\"tick\" x=\"").Append(HtmlText.Coord(Left - 4)).Append("\" y=\"")
            .Append(HtmlText.Coord(Top + 4)).Append("\" text-anchor=\"end\">").Append(HtmlText.Int(maxCount)).Append("</text>")
            .Append("<text class=\"tick\" x=\"").Append(HtmlText.Coord(Left + (plotWidth / 2))).Append("\" y=\"")
            .Append(HtmlText.Coord(Height - 3)).Append("\" text-anchor=\"middle\">characters</text>");

        if (budget is { } limit)
        {
            var x = HtmlText.Coord(X(limit + 1));
            html.Append("<line class=\"budget\" x1=\"").Append(x).Append("\" y1=\"").Append(HtmlText.Coord(Top - 6))
                .Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(HtmlText.Coord(plotBottom)).Append("\"><title>budget ")
                .Append(HtmlText.Int(limit)).Append(' ').Append(Quantity.Noun(limit, "character")).Append("</title></line><text class=\"budget-label\" x=\"").Append(x)
                .Append("\" y=\"").Append(HtmlText.Coord(Top - 7)).Append("\" text-anchor=\"middle\">≤ ")
                .Append(HtmlText.Int(limit)).Append("</text>");
        }

        if (entry.SummaryLengths.Count == 0)
        {
            html.Append("<text class=\"empty\" x=\"").Append(HtmlText.Coord(Left + (plotWidth / 2))).Append("\" y=\"")
                .Append(HtmlText.Coord(Top + (plotHeight / 2))).Append("\" text-anchor=\"middle\">no summaries</text>");
        }

        html.Append("</svg>");
    }

    private static void AppendTick(StringBuilder html, double x, double plotBottom, string label) =>
        html.Append("<text class=\"tick\" x=\"").Append(HtmlText.Coord(x)).Append("\" y=\"")
            .Append(HtmlText.Coord(plotBottom + 12)).Append("\" text-anchor=\"middle\">").Append(label).Append("</text>");
}
