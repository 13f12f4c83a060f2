using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SummEval.Documents;
using SummEval.Regression;
using SummEval.Reports.Html;
using SummEval.Text;

namespace SummEval.Reports.Regression;

/// <summary>
/// <c>regression.html</c>: the regression report as one self-contained page in report.html's look (its stylesheet and
/// escaping), with no script at all: the verdict, the figures with their paired intervals drawn against zero and the
/// tolerance, and per summarizer the documents that lost most, new failures and new budget violations.
/// </summary>
public static class RegressionHtml
{
    private const string ExtraCss = """
.verdict{display:inline-block;padding:4px 12px;border-radius:6px;font-weight:600;margin:6px 0}
.verdict.pass{background:#dafbe1;color:#116329}.verdict.fail{background:#ffebe9;color:#a40e26}
#regression-table td.num,#regression-table th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.regressed td{background:#fff5f5}tr.warning td{background:#fff8e5}
.delta-plot .zero{stroke:#8c959f}.delta-plot .tol{stroke:var(--over);stroke-dasharray:3 2}
.delta-plot .ci{stroke:#24292f;stroke-width:2}.delta-plot .pt{fill:var(--r1)}.delta-plot .pt.bad{fill:var(--over)}
article.doc{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:10px 0}
article.doc h4{margin:0 0 6px}article.doc th{width:150px}
article.doc .text{white-space:pre-wrap}
.loss{color:var(--over);font-weight:600}
""";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the page and writes it to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, RegressionResult result, IReadOnlyDictionary<string, Document>? documents, string? datasetNote = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, Render(result, documents, datasetNote), Utf8);
    }

    /// <summary>The whole page; <paramref name="documents"/> (by id) adds sources and references.</summary>
    public static string Render(RegressionResult result, IReadOnlyDictionary<string, Document>? documents, string? datasetNote = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var css = ReportAssets.Css + ExtraCss;
        var html = new StringBuilder(16384);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
            .Append("sha256-").Append(Convert.ToBase64String(SHA256.HashData(Utf8.GetBytes(css))))
            .Append("'; script-src 'none'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"SummEval\">\n<title>SummEval regression · ").AppendEscaped(result.Dataset)
            .Append("</title>\n<style>").Append(css).Append("</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>SummEval regression report</h1>\n<p class=\"meta\">dataset <b>").AppendEscaped(result.Dataset).Append("</b> · ")
            .Append(result.PerDocument
                ? $"{HtmlText.Int(result.SharedDocuments)} {Quantity.Noun(result.SharedDocuments, "shared document")} (baseline {HtmlText.Int(result.BaselineDocuments)}, current {HtmlText.Int(result.CurrentDocuments)})"
                : $"{HtmlText.Int(result.CurrentDocuments)} {Quantity.Noun(result.CurrentDocuments, "document")}")
            .Append(" · budget ").Append(result.MaxChars is { } budget ? HtmlText.Int(budget) + " " + Quantity.Noun(budget, "character") : "none").Append("</p>\n")
            .Append("<p id=\"verdict\" class=\"verdict ").Append(result.Failed ? "fail\">Regression check failed: " + HtmlText.Int(result.Problems.Count) + " " + Quantity.Noun(result.Problems.Count, "problem") : "pass\">Regression check passed")
            .Append("</p>\n<p class=\"note\">Rule: ").AppendEscaped(result.RuleDescription).Append(".</p>\n");
        if (datasetNote is not null)
        {
            html.Append("<p class=\"note\">").AppendEscaped(datasetNote).Append("</p>\n");
        }

        html.Append("</header>\n");
        AppendFigures(html, result);
        if (result.Problems.Count > 0 || result.Figures.Any(f => f.Warning is not null))
        {
            html.Append("<section id=\"problems\">\n<h2>Problems</h2>\n<ul>\n");
            foreach (var problem in result.Problems)
            {
                html.Append("<li class=\"bad\">").AppendEscaped(problem).Append("</li>\n");
            }

            foreach (var figure in result.Figures.Where(f => f.Warning is not null))
            {
                html.Append("<li>warning: ").AppendEscaped(figure.Message).Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("<section id=\"documents\">\n<h2>What changed, document by document</h2>\n");
        if (!result.PerDocument)
        {
            html.Append("<p class=\"note\">The baseline is a plain leaderboard.json: corpus figures only, no per-document data to explain them.</p>\n");
        }

        foreach (var changes in result.Changes)
        {
            AppendSummarizer(html, changes, result.MaxChars, documents);
        }

        html.Append("</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendFigures(StringBuilder html, RegressionResult result)
    {
        var scale = Math.Max(0.01, result.Figures.Where(f => f.Metric != "failures")
            .SelectMany(f => new[] { Math.Abs(f.Test?.CiLow ?? f.Delta ?? 0), Math.Abs(f.Test?.CiHigh ?? f.Delta ?? 0), result.Options.ToleranceFor(f.Metric) })
            .DefaultIfEmpty(0).Max());
        html.Append("<section id=\"deltas\">\n<h2>Deltas per summarizer</h2>\n<table id=\"regression-table\">\n<thead><tr><th>summarizer</th><th>metric</th>")
            .Append("<th class=\"num\">baseline</th><th class=\"num\">current</th><th class=\"num\">delta</th><th class=\"num\">")
            .Append(RegressionFormat.Level(result.Options)).Append(" % interval</th><th class=\"num\">p</th><th>interval vs tolerance</th><th>status</th></tr></thead>\n<tbody>\n");
        foreach (var f in result.Figures)
        {
            html.Append("<tr class=\"").Append(f.Regressed ? "regressed" : f.Warning is not null ? "warning" : "ok").Append("\"><td class=\"spec\">").AppendEscaped(f.Summarizer)
                .Append("</td><td>").AppendEscaped(f.Metric).Append("</td><td class=\"num\">").Append(RegressionFormat.Value(f, f.Baseline))
                .Append("</td><td class=\"num\">").Append(RegressionFormat.Value(f, f.Current)).Append("</td><td class=\"num\">").Append(RegressionFormat.Delta(f))
                .Append("</td><td class=\"num\">").Append(RegressionFormat.Interval(f)).Append("</td><td class=\"num\">").Append(RegressionFormat.PValue(f)).Append("</td><td>");
            if (f.Metric != "failures" && f.Delta is { } delta)
            {
                AppendPlot(html, delta, f.Test?.CiLow ?? delta, f.Test?.CiHigh ?? delta, result.Options.ToleranceFor(f.Metric), scale, f.Regressed);
            }

            html.Append("</td><td>").Append(f.Regressed ? "<span class=\"bad\">REGRESSED</span>" : RegressionFormat.Status(f)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"note\">Delta = current − baseline over the shared documents. The bar is the paired bootstrap interval, the dot the delta, ")
            .Append("the solid line zero and the dashed line minus the tolerance.</p>\n</section>\n");
    }

    private static void AppendPlot(StringBuilder html, double delta, double low, double high, double tolerance, double scale, bool regressed)
    {
        const double width = 160, half = 75, middle = 80;
        string X(double v) => HtmlText.Coord(middle + (Math.Clamp(v / scale, -1, 1) * half));
        html.Append("<svg class=\"delta-plot\" width=\"160\" height=\"16\" viewBox=\"0 0 ").Append(HtmlText.Coord(width)).Append(" 16\" role=\"img\" aria-label=\"delta ")
            .Append(RegressionFormat.Signed(delta)).Append("\"><line class=\"zero\" x1=\"").Append(X(0)).Append("\" y1=\"1\" x2=\"").Append(X(0)).Append("\" y2=\"15\"/>")
            .Append("<line class=\"tol\" x1=\"").Append(X(-tolerance)).Append("\" y1=\"1\" x2=\"").Append(X(-tolerance)).Append("\" y2=\"15\"/>")
            .Append("<line class=\"ci\" x1=\"").Append(X(low)).Append("\" y1=\"8\" x2=\"").Append(X(high)).Append("\" y2=\"8\"/>")
            .Append("<circle class=\"pt").Append(regressed ? " bad" : string.Empty).Append("\" cx=\"").Append(X(delta)).Append("\" cy=\"8\" r=\"3.5\"/></svg>");
    }

    private static void AppendSummarizer(StringBuilder html, SummarizerChanges changes, int? maxChars, IReadOnlyDictionary<string, Document>? documents)
    {
        html.Append("<div class=\"summarizer\" data-spec=\"").AppendEscaped(changes.Summarizer).Append("\">\n<h3><span class=\"spec\">").AppendEscaped(changes.Summarizer).Append("</span>")
            .Append(changes.Regressed ? " <span class=\"bad\">REGRESSED</span>" : string.Empty).Append("</h3>\n<p class=\"note\">")
            .AppendEscaped(RegressionMarkdown.Summary(changes)).Append("</p>\n");
        if (changes.Lost.Count > 0)
        {
            html.Append("<h4>Documents that lost most</h4>\n");
            foreach (var change in changes.Lost)
            {
                AppendDocument(html, change, maxChars, documents);
            }
        }

        if (changes.NewFailures.Count > 0)
        {
            html.Append("<h4>New failures</h4>\n<table class=\"new-failures\"><thead><tr><th>document</th><th>error</th></tr></thead><tbody>\n");
            foreach (var change in changes.NewFailures)
            {
                html.Append("<tr><td class=\"spec\">").AppendEscaped(change.After.Id).Append("</td><td class=\"bad\">").AppendEscaped(change.After.Failure).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        if (changes.NewViolations.Count > 0)
        {
            html.Append("<h4>New budget violations</h4>\n<table class=\"new-violations\"><thead><tr><th>document</th><th>length before</th><th>length now</th><th>summary now</th></tr></thead><tbody>\n");
            foreach (var change in changes.NewViolations)
            {
                html.Append("<tr><td class=\"spec\">").AppendEscaped(change.After.Id).Append("</td><td>").Append(HtmlText.Int(change.Before.Chars))
                    .Append("</td><td class=\"bad\">").Append(HtmlText.Int(change.After.Chars)).Append("</td><td>").AppendEscaped(change.After.Summary).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</div>\n");
    }

    private static void AppendDocument(StringBuilder html, DocumentChange change, int? maxChars, IReadOnlyDictionary<string, Document>? documents)
    {
        var document = documents is not null && documents.TryGetValue(change.After.Id, out var d) ? d : null;
        html.Append("<article class=\"doc\" data-id=\"").AppendEscaped(change.After.Id).Append("\">\n<h4><span class=\"spec\">").AppendEscaped(change.After.Id)
            .Append("</span> · ROUGE-L ").Append(RegressionFormat.Score(change.Before.RougeL)).Append(" → ").Append(RegressionFormat.Score(change.After.RougeL))
            .Append(" <span class=\"loss\">").Append(RegressionFormat.Signed(change.RougeLDelta)).Append("</span></h4>\n<table>\n");
        if (document is not null)
        {
            html.Append("<tr><th>source</th><td class=\"text source\">").AppendEscaped(document.Source).Append("</td></tr>\n");
            foreach (var reference in document.References)
            {
                html.Append("<tr><th>reference</th><td class=\"text reference\">").AppendEscaped(reference).Append("</td></tr>\n");
            }
        }

        AppendSummary(html, "before", change.Before, maxChars);
        AppendSummary(html, "after", change.After, maxChars);
        html.Append("</table>\n</article>\n");
    }

    private static void AppendSummary(StringBuilder html, string label, DocumentRecord record, int? maxChars)
    {
        html.Append("<tr class=\"").Append(label).Append("\"><th>").Append(label).Append("<span class=\"pr\">ROUGE-L ").Append(RegressionFormat.Score(record.RougeL))
            .Append("</span><span class=\"pr").Append(record.WithinBudget(maxChars) ? string.Empty : " bad").Append("\">")
            .AppendEscaped(RegressionMarkdown.Length(record, maxChars)).Append("</span></th><td class=\"text\">");
        if (record.Failure is not null)
        {
            html.Append("<span class=\"bad\">failed: ").AppendEscaped(record.Failure).Append("</span>");
        }
        else
        {
            html.AppendEscaped(record.Summary);
        }

        html.Append("</td></tr>\n");
    }
}
