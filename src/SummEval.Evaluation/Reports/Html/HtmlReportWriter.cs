using System.Security.Cryptography;
using System.Text;
using SummEval.Text;

namespace SummEval.Reports.Html;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS, SVG charts drawn here, a small script, the
/// drill-down data as embedded JSON) that needs no network to view. Same model, same bytes. The page is written as
/// it is rendered, so its size (hundreds of MB for 200,000 documents) is never held in memory.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Renders the page and writes it to <paramref name="path"/> as UTF-8, creating its folder. The page is streamed to
    /// a temporary file next to it (documents are written as they are enumerated) and moved into place when complete.
    /// </summary>
    /// <exception cref="ArgumentException">The model is inconsistent; <paramref name="path"/> is then left as it was.</exception>
    public static void Write(string path, HtmlReportModel model)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var partial = full + ".partial";
        try
        {
            using (var writer = new StreamWriter(partial, append: false, Utf8))
            {
                Render(model, writer);
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The whole page as a string.</summary>
    /// <exception cref="ArgumentException">The model is inconsistent (duplicate specs or ids, a summary for an unknown spec).</exception>
    public static string Render(HtmlReportModel model)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(model, writer);
        return writer.ToString();
    }

    /// <summary>Writes the page to <paramref name="writer"/>, enumerating the model's documents once.</summary>
    /// <exception cref="ArgumentException">The model is inconsistent (duplicate specs or ids, a summary for an unknown spec).</exception>
    public static void Render(HtmlReportModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ReportModelCheck.Validate(model);
        var ranked = ReportRanking.Rank(model.Entries, model.OraclesRanked);
        var html = new StringBuilder(1 << 17);
        void Flush(StringBuilder buffer)
        {
            foreach (var chunk in buffer.GetChunks())
            {
                writer.Write(chunk.Span);
            }

            buffer.Clear();
        }

        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
            .Append(Sha256(ReportAssets.Css)).Append("'; script-src '").Append(Sha256(ReportAssets.Script))
            .Append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"SummEval\">\n<title>SummEval report · ").AppendEscaped(model.Dataset)
            .Append("</title>\n<style>").Append(ReportAssets.Css).Append("</style>\n</head>\n<body>\n");

        AppendHeader(html, model, ranked);
        html.Append("<section id=\"leaderboard\">\n<h2>Leaderboard</h2>\n");
        LeaderboardTable.Append(html, ranked, model.MaxChars);
        html.Append("<p class=\"note\">Ranked by ROUGE-L F1; ").Append(HtmlText.Int(model.ConfidencePercent))
            .Append(" % confidence intervals of F1 in brackets. Oracles look at the reference: they show the room each ")
            .Append(model.OraclesRanked
                ? "family of methods has; this run ranks them with the rest. Click a numeric column to sort."
                : "family of methods has and are not ranked. Click a numeric column to sort (oracles stay last).")
            .Append("</p>\n</section>\n");

        html.Append("<section id=\"rouge\">\n<h2>ROUGE F1 with confidence intervals</h2>\n");
        RougeBarChart.Append(html, ranked);
        html.Append("\n</section>\n<section id=\"lengths\">\n<h2>Summary lengths</h2>\n<div class=\"histograms\">\n");
        foreach (var entry in ranked)
        {
            html.Append("<figure>");
            LengthHistogram.Append(html, entry.Entry, model.MaxChars);
            html.Append("<figcaption><span class=\"spec\">").AppendEscaped(entry.Entry.Spec).Append("</span>");
            if (entry.Entry.Oracle)
            {
                html.Append("<span class=\"badge\">oracle</span>");
            }

            html.Append(" · ").Append(HtmlText.Int(entry.Entry.SummaryLengths.Count))
                .Append(' ').Append(Quantity.Noun(entry.Entry.SummaryLengths.Count, "summary", "summaries")).Append("</figcaption></figure>\n");
        }

        html.Append("</div>\n");
        if (model.MaxChars is { } budget)
        {
            html.Append("<p class=\"note\">The dashed line is the budget (").Append(HtmlText.Int(budget)).Append(' ')
                .Append(Quantity.Noun(budget, "character")).Append(", counted in Unicode code points); red bars are over it.</p>\n");
        }

        html.Append("</section>\n<section id=\"documents\">\n<h2>Documents</h2>\n<div class=\"drill\">\n<div class=\"picker\">")
            .Append("<input id=\"doc-search\" type=\"search\" placeholder=\"filter by id or text\" aria-label=\"filter documents\">")
            .Append("<select id=\"doc-list\" size=\"16\" aria-label=\"documents\"></select><p id=\"doc-count\" class=\"note\"></p>")
            .Append("</div>\n<div id=\"doc-view\"><noscript>The document drill-down needs JavaScript.</noscript></div>\n</div>\n</section>\n")
            .Append("<script type=\"application/json\" id=\"report-data\">");
        ReportData.Append(html, model, ranked, Flush);
        html.Append("</script>\n<script>").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        Flush(html);
    }

    private static void AppendHeader(StringBuilder html, HtmlReportModel model, IReadOnlyList<RankedEntry> ranked)
    {
        html.Append("<header>\n<h1>SummEval report</h1>\n<p class=\"meta\">dataset <b>").AppendEscaped(model.Dataset)
            .Append("</b> · ").Append(HtmlText.Int(model.Count)).Append(' ').Append(Quantity.Noun(model.Count, "document"))
            .Append(" · budget ")
            .Append(model.MaxChars is { } budget ? HtmlText.Int(budget) + " " + Quantity.Noun(budget, "character") : "none")
            .Append(" · ").Append(HtmlText.Int(ranked.Count)).Append(' ').Append(Quantity.Noun(ranked.Count, "summarizer"))
            .Append("</p>\n</header>\n");
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Utf8.GetBytes(text)));
}
