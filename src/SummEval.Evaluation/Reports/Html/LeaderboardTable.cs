using System.Text;

namespace SummEval.Reports.Html;

/// <summary>The ranked leaderboard as an HTML table; each numeric cell carries its raw value for sorting.</summary>
internal static class LeaderboardTable
{
    public static void Append(StringBuilder html, IReadOnlyList<RankedEntry> ranked, int? budget)
    {
        html.Append("<table id=\"leaderboard-table\">\n<thead><tr><th class=\"num\" data-sort>#</th><th>summarizer</th>")
            .Append("<th class=\"num\" data-sort>ROUGE-1 F1</th><th class=\"num\" data-sort>ROUGE-2 F1</th>")
            .Append("<th class=\"num\" data-sort>ROUGE-L F1</th><th class=\"num\" data-sort>adherence</th>")
            .Append("<th class=\"num\" data-sort>chars (mean)</th><th class=\"num\" data-sort>latency p50 (ms)</th>")
            .Append("<th class=\"num\" data-sort>failures</th></tr></thead>\n<tbody>\n");
        foreach (var (rank, entry) in ranked)
        {
            html.Append(entry.Oracle ? (rank is null ? "<tr class=\"oracle unranked\">" : "<tr class=\"oracle\">") : "<tr>");
            Cell(html, rank is { } r ? r : double.NaN, rank is { } shown ? HtmlText.Int(shown) : "—");
            html.Append("<td><span class=\"spec\">").AppendEscaped(entry.Spec).Append("</span>");
            if (entry.Oracle)
            {
                html.Append("<span class=\"badge\">oracle</span>");
            }

            html.Append("</td>");
            RougeCell(html, entry.Rouge1);
            RougeCell(html, entry.Rouge2);
            RougeCell(html, entry.RougeL);

            var adherenceBad = budget is not null && double.IsFinite(entry.Adherence) && entry.Adherence < 1;
            html.Append("<td class=\"num").Append(adherenceBad ? " bad" : string.Empty).Append("\" data-v=\"")
                .Append(HtmlText.JsonNumber(entry.Adherence, 6)).Append("\">")
                .Append(double.IsFinite(entry.Adherence) ? HtmlText.Fixed(entry.Adherence * 100, 1) + " %" : "—")
                .Append("</td>");
            Cell(html, entry.MeanChars, HtmlText.Fixed(entry.MeanChars, 1), "median " + HtmlText.Fixed(entry.MedianChars, 1)
                + " · p95 " + HtmlText.Fixed(entry.P95Chars, 1));
            Cell(html, entry.LatencyP50Ms, HtmlText.Fixed(entry.LatencyP50Ms, 2), "p95 " + HtmlText.Fixed(entry.LatencyP95Ms, 2));
            html.Append("<td class=\"num").Append(entry.Failures > 0 ? " bad" : string.Empty).Append("\" data-v=\"")
                .Append(HtmlText.Int(entry.Failures)).Append("\">").Append(HtmlText.Int(entry.Failures)).Append("</td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void RougeCell(StringBuilder html, HtmlRougeScore score)
    {
        var interval = double.IsFinite(score.F1Low) && double.IsFinite(score.F1High)
            ? "[" + HtmlText.Fixed(score.F1Low, 4) + ", " + HtmlText.Fixed(score.F1High, 4) + "]"
            : null;
        html.Append("<td class=\"num\" data-v=\"").Append(HtmlText.JsonNumber(score.F1, 6)).Append("\">")
            .Append(HtmlText.Fixed(score.F1, 4));
        if (interval is not null)
        {
            html.Append("<span class=\"ci\">").Append(interval).Append("</span>");
        }

        html.Append("<span class=\"pr\">P ").Append(HtmlText.Fixed(score.Precision, 4)).Append(" · R ")
            .Append(HtmlText.Fixed(score.Recall, 4)).Append("</span></td>");
    }

    private static void Cell(StringBuilder html, double sortValue, string text, string? detail = null)
    {
        html.Append("<td class=\"num\" data-v=\"").Append(HtmlText.JsonNumber(sortValue, 6)).Append("\">").Append(text);
        if (detail is not null)
        {
            html.Append("<span class=\"ci\">").Append(detail).Append("</span>");
        }

        html.Append("</td>");
    }
}
