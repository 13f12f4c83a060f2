using System.Text;

namespace SummEval.Reports.Html;

/// <summary>The ranked leaderboard as an HTML table; each numeric cell carries its raw value for sorting.</summary>
internal static class LeaderboardTable
{
    public static void Append(StringBuilder html, IReadOnlyList<RankedEntry> ranked, int? budget)
    {
        var source = ranked.Any(e => e.Entry.Novelty is not null);
        var judged = ranked.Any(e => e.Entry.Judged is not null);
        html.Append("<table id=\"leaderboard-table\">\n");
        if (source || judged)
        {
            html.Append("<colgroup><col span=\"9\">").Append(source ? "<col span=\"4\" class=\"source-group\">" : string.Empty)
                .Append(judged ? "<col span=\"2\" class=\"judged-group\">" : string.Empty).Append("</colgroup>\n");
        }

        html.Append("<thead><tr><th class=\"num\" data-sort>#</th><th>summarizer</th>")
            .Append("<th class=\"num\" data-sort>ROUGE-1 F1</th><th class=\"num\" data-sort>ROUGE-2 F1</th>")
            .Append("<th class=\"num\" data-sort>ROUGE-L F1</th><th class=\"num\" data-sort>adherence</th>")
            .Append("<th class=\"num\" data-sort>chars (mean)</th><th class=\"num\" data-sort>latency p50 (ms)</th>")
            .Append("<th class=\"num\" data-sort>failures</th>");
        if (source)
        {
            html.Append("<th class=\"num src first\" data-sort title=\"share of summary tokens copied from the source\">vs source: coverage</th>")
                .Append("<th class=\"num src\" data-sort title=\"mean length of the copied fragment a token sits in\">density</th>")
                .Append("<th class=\"num src\" data-sort title=\"distinct bigrams absent from the source\">novel 2-grams</th>")
                .Append("<th class=\"num src\" data-sort title=\"distinct bigrams occurring twice or more\">repeated 2-grams</th>");
        }

        if (judged)
        {
            html.Append("<th class=\"num judged first\" data-sort title=\"judge model's 1-5 rating, docs/judging.md\">judged: faithfulness</th>")
                .Append("<th class=\"num judged\" data-sort>informativeness</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
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
            if (source)
            {
                SourceCells(html, entry.Novelty);
            }

            if (judged)
            {
                JudgedCells(html, entry.Judged);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void SourceCells(StringBuilder html, HtmlNovelty? n)
    {
        if (n is null)
        {
            html.Append("<td class=\"num src first\" data-v=\"NaN\">—</td><td class=\"num src\" data-v=\"NaN\">—</td><td class=\"num src\" data-v=\"NaN\">—</td><td class=\"num src\" data-v=\"NaN\">—</td>");
            return;
        }

        html.Append("<td class=\"num src first\" data-v=\"").Append(HtmlText.JsonNumber(n.Coverage, 6)).Append("\">").Append(HtmlText.Fixed(n.Coverage, 3))
            .Append("<span class=\"ci\">compression ").Append(HtmlText.Fixed(n.Compression, 1)).Append("</span></td>");
        html.Append("<td class=\"num src\" data-v=\"").Append(HtmlText.JsonNumber(n.Density, 6)).Append("\">").Append(HtmlText.Fixed(n.Density, 2)).Append("</td>");
        html.Append("<td class=\"num src\" data-v=\"").Append(HtmlText.JsonNumber(n.Novel2, 6)).Append("\">").Append(HtmlText.Fixed(n.Novel2, 3))
            .Append("<span class=\"ci\">[").Append(HtmlText.Fixed(n.Novel2Low, 3)).Append(", ").Append(HtmlText.Fixed(n.Novel2High, 3)).Append("]</span>")
            .Append("<span class=\"pr\">1-gram ").Append(HtmlText.Fixed(n.Novel1, 3)).Append(" · 3-gram ").Append(HtmlText.Fixed(n.Novel3, 3)).Append("</span></td>");
        html.Append("<td class=\"num src\" data-v=\"").Append(HtmlText.JsonNumber(n.Repetition, 6)).Append("\">").Append(HtmlText.Fixed(n.Repetition, 3)).Append("</td>");
    }

    private static void JudgedCells(StringBuilder html, HtmlJudged? j)
    {
        if (j is null)
        {
            html.Append("<td class=\"num judged first\" data-v=\"NaN\">—</td><td class=\"num judged\" data-v=\"NaN\">—</td>");
            return;
        }

        html.Append("<td class=\"num judged first\" data-v=\"").Append(HtmlText.JsonNumber(j.Faithfulness, 6)).Append("\">").Append(HtmlText.Fixed(j.Faithfulness, 2))
            .Append("<span class=\"ci\">[").Append(HtmlText.Fixed(j.FaithfulnessLow, 2)).Append(", ").Append(HtmlText.Fixed(j.FaithfulnessHigh, 2)).Append("]</span>")
            .Append("<span class=\"pr\">").AppendEscaped(j.Judge).Append(" · ").AppendEscaped(j.Rubric).Append("</span></td>");
        html.Append("<td class=\"num judged\" data-v=\"").Append(HtmlText.JsonNumber(j.Informativeness, 6)).Append("\">").Append(HtmlText.Fixed(j.Informativeness, 2))
            .Append("<span class=\"ci\">[").Append(HtmlText.Fixed(j.InformativenessLow, 2)).Append(", ").Append(HtmlText.Fixed(j.InformativenessHigh, 2)).Append("]</span>")
            .Append("<span class=\"pr\">").Append(HtmlText.Int(j.Failures)).Append(" failed · $")
            .Append(j.CostUsd is { } cost ? HtmlText.Fixed((double)cost, 4) : "?").Append("</span></td>");
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
