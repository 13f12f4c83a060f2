using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SummEval.Reports.Html;
using Xunit;

namespace SummEval.Evaluation.Tests.Reports;

public partial class HtmlReportWriterTests
{
    private const string DataOpen = "<script type=\"application/json\" id=\"report-data\">";

    [Fact]
    public void Hostile_text_cannot_close_the_script_or_open_markup()
    {
        var html = HtmlReportWriter.Render(ReportSamples.HostileModel());

        // Only the writer's own two script elements exist, and nothing else opens a comment or an element.
        Assert.Equal(2, Count(html, "<script"));
        Assert.Equal(2, Count(html, "</script"));
        Assert.Equal(0, Count(html, "<!--"));
        Assert.Equal(0, Count(html, "<img"));
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html);

        // The embedded data still carries the exact text.
        var data = Data(html);
        var doc = data.GetProperty("docs")[0];
        Assert.Equal(ReportSamples.Hostile, doc.GetProperty("id").GetString());
        Assert.Equal(ReportSamples.Hostile, doc.GetProperty("source").GetString());
        Assert.Equal(ReportSamples.Hostile, doc.GetProperty("sums")[0][0].GetString());
        Assert.Equal(ReportSamples.Hostile, data.GetProperty("specs")[0].GetString());
    }

    [Theory]
    [InlineData("</SCRIPT >")]
    [InlineData("</sCrIpT")]
    [InlineData("<!--<script>")]
    [InlineData("a\u2028b\u2029c")]
    [InlineData("\u0000\u001f\u007f")]
    [InlineData("𠮷😀 中文")]
    public void Json_blob_round_trips_awkward_text(string text)
    {
        var model = ReportSamples.Small() with
        {
            Documents = [new HtmlReportDocument("d", text, [text], [new HtmlDocumentSummary("lead-1", text, 0, 0, 0)])],
        };
        var html = HtmlReportWriter.Render(model);
        var blob = html[(html.IndexOf(DataOpen, StringComparison.Ordinal) + DataOpen.Length)..];
        blob = blob[..blob.IndexOf("</script>", StringComparison.Ordinal)];

        Assert.DoesNotContain("<", blob);
        var doc = Data(html).GetProperty("docs")[0];
        Assert.Equal(text, doc.GetProperty("source").GetString());
        Assert.Equal(text, doc.GetProperty("refs")[0].GetString());
    }

    [Fact]
    public void Lone_surrogates_are_escaped_not_lost()
    {
        var json = new StringBuilder().AppendJsonString("a\ud800b\udc00").ToString();
        Assert.Equal("\"a\\ud800b\\udc00\"", json);
    }

    [Fact]
    public void Same_model_gives_the_same_bytes_whatever_the_entry_order()
    {
        var model = ReportSamples.Small();
        var shuffled = model with { Entries = model.Entries.Reverse().ToArray() };
        using var files = new Datasets.TempFiles();
        var a = Path.Combine(files.Folder, "a", "report.html");
        var b = Path.Combine(files.Folder, "b", "report.html");

        HtmlReportWriter.Write(a, model);
        HtmlReportWriter.Write(b, shuffled);

        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.Equal(HtmlReportWriter.Render(model), Encoding.UTF8.GetString(File.ReadAllBytes(a)));
        Assert.NotEqual(0xEF, File.ReadAllBytes(a)[0]); // no BOM
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var model = ReportSamples.Large(20, 3);
        var expected = HtmlReportWriter.Render(model);
        var saved = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NegativeSign = "−";
        try
        {
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture really is different
            Assert.Equal(expected, HtmlReportWriter.Render(model));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Page_references_nothing_outside_itself()
    {
        var html = HtmlReportWriter.Render(ReportSamples.Small());

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(ResourceAttribute().Matches(html));
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public void Csp_hashes_match_the_inline_style_and_script()
    {
        var html = HtmlReportWriter.Render(ReportSamples.Small());
        var style = Between(html, "<style>", "</style>");
        var script = Between(html, "<script>", "</script>");

        Assert.Contains("style-src '" + Sha256(style) + "'", html);
        Assert.Contains("script-src '" + Sha256(script) + "'", html);
    }

    [Fact]
    public void Charts_are_inline_svg_with_whiskers_and_budget_lines()
    {
        var html = HtmlReportWriter.Render(ReportSamples.Small());

        Assert.Equal(1 + 3, Count(html, "<svg "));
        Assert.Equal(1, Count(html, "class=\"chart rouge-chart\""));
        Assert.Equal(3, Count(html, "class=\"chart histogram\""));
        Assert.Equal(3 * 3, Count(html, "class=\"whisker\""));
        Assert.Equal(3, Count(html, "class=\"budget\""));
        Assert.Equal(Count(html, "<svg "), Count(html, "</svg>"));
        Assert.Contains("WenQuanYi Micro Hei", html);
    }

    [Fact]
    public void No_budget_means_no_budget_line_and_no_interval_means_no_whisker()
    {
        var small = ReportSamples.Small();
        var noInterval = small.Entries[0] with { RougeL = small.Entries[0].RougeL with { F1Low = double.NaN, F1High = double.NaN } };
        var html = HtmlReportWriter.Render(small with { MaxChars = null, Entries = [noInterval, .. small.Entries.Skip(1)] });

        Assert.Equal(0, Count(html, "class=\"budget\""));
        Assert.Equal((3 * 3) - 1, Count(html, "class=\"whisker\""));
        Assert.Contains("budget none", html);
    }

    [Fact]
    public void Table_is_ranked_by_rouge_l_with_oracles_unranked_and_last()
    {
        var html = HtmlReportWriter.Render(ReportSamples.Small());
        var table = Between(html, "<tbody>", "</tbody>");
        var rows = table.Split("</tr>", StringSplitOptions.RemoveEmptyEntries).Where(r => r.Contains("<tr", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Contains("data-v=\"1\">1</td>", rows[0]);
        Assert.Contains("textrank:similarity=bm25", rows[0]);
        Assert.Contains("data-v=\"2\">2</td>", rows[1]);
        Assert.Contains("lead-1", rows[1]);
        Assert.StartsWith("<tr class=\"oracle unranked\">", rows[2].TrimStart());
        Assert.Contains(">—</td>", rows[2]);

        // The drill-down columns follow the same order.
        var specs = Data(html).GetProperty("specs").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(["textrank:similarity=bm25", "lead-1", "oracle-lcs"], specs);
    }

    [Fact]
    public void Oracles_are_ranked_when_the_run_ranks_them()
    {
        var html = HtmlReportWriter.Render(ReportSamples.Small() with { OraclesRanked = true });
        var rows = Between(html, "<tbody>", "</tbody>").Split("</tr>").Where(r => r.Contains("<tr", StringComparison.Ordinal)).ToList();

        Assert.StartsWith("<tr class=\"oracle\">", rows[0].TrimStart());
        Assert.Contains("data-v=\"1\">1</td>", rows[0]);
        Assert.Contains("oracle-lcs", rows[0]);
        Assert.Contains("1. oracle-lcs (oracle)", html);
        Assert.DoesNotContain("unranked", Between(html, "<tbody>", "</tbody>"));
    }

    [Fact]
    public void Equal_scores_share_a_rank()
    {
        var entries = new[]
        {
            ReportSamples.Entry("b", false, 0.3, [1]),
            ReportSamples.Entry("a", false, 0.3, [1]),
            ReportSamples.Entry("c", false, 0.2, [1]),
            ReportSamples.Entry("z", true, 0.9, [1]),
        };
        var ranked = ReportRanking.Rank(entries);

        Assert.Equal(["a", "b", "c", "z"], ranked.Select(r => r.Entry.Spec).ToArray());
        Assert.Equal([1, 1, 3, (int?)null], ranked.Select(r => r.Rank).ToArray());
    }

    [Fact]
    public void Drill_down_data_marks_failures_and_missing_summaries()
    {
        var docs = Data(HtmlReportWriter.Render(ReportSamples.Small())).GetProperty("docs");

        var second = docs[1].GetProperty("sums");
        Assert.Equal(JsonValueKind.Null, second[0][0].ValueKind); // textrank failed here
        Assert.Equal("timeout after 30 s", second[0][4].GetString());
        Assert.Equal(JsonValueKind.Null, second[2].ValueKind); // the oracle has no summary for it
        Assert.Equal(0.6, docs[0].GetProperty("sums")[1][3].GetDouble());
    }

    [Fact]
    public void Not_finite_numbers_become_null_and_a_dash()
    {
        var small = ReportSamples.Small();
        var entry = small.Entries[0] with { LatencyP50Ms = double.NaN, Adherence = double.PositiveInfinity };
        var page = HtmlReportWriter.Render(small with { Entries = [entry, .. small.Entries.Skip(1)] });
        var html = page[..page.IndexOf("<script>", StringComparison.Ordinal)]; // the script itself says isNaN

        Assert.DoesNotContain("NaN", html);
        Assert.DoesNotContain("Infinity", html);
        Assert.DoesNotContain("∞", html);
        Assert.Contains("data-v=\"null\">—", html);
    }

    [Fact]
    public void Inconsistent_models_are_rejected_naming_the_culprit()
    {
        var small = ReportSamples.Small();

        var duplicate = Assert.Throws<ArgumentException>(() => HtmlReportWriter.Render(small with { Entries = [.. small.Entries, small.Entries[0]] }));
        Assert.Contains("'lead-1' appears twice", duplicate.Message);

        var stray = small.Documents.ElementAt(2) with { Summaries = [new HtmlDocumentSummary("textrank", "x", 0, 0, 0)] };
        var unknown = Assert.Throws<ArgumentException>(() => HtmlReportWriter.Render(small with { Documents = [stray] }));
        Assert.Contains("Document 'csl-0003'", unknown.Message);
        Assert.Contains("'textrank'", unknown.Message);

        var twice = Assert.Throws<ArgumentException>(() => HtmlReportWriter.Render(small with { Documents = [small.Documents.ElementAt(0), small.Documents.ElementAt(0)] }));
        Assert.Contains("id 'csl-0001' appears twice", twice.Message);

        var negative = small.Entries[0] with { SummaryLengths = [3, -1] };
        Assert.Throws<ArgumentException>(() => HtmlReportWriter.Render(small with { Entries = [negative, .. small.Entries.Skip(1)] }));
    }

    [Fact]
    public void Empty_model_still_renders_a_valid_page()
    {
        var html = HtmlReportWriter.Render(new HtmlReportModel("empty", 20, 0, [], []));

        Assert.Contains("0 documents", html);
        Assert.Equal(1, Count(html, "<svg "));
        Assert.Equal(0, Data(html).GetProperty("docs").GetArrayLength());
    }

    [Fact]
    public void Thousand_documents_by_eight_summarizers_stay_small()
    {
        var html = HtmlReportWriter.Render(ReportSamples.Large(1000, 8));
        var bytes = Encoding.UTF8.GetByteCount(html);

        // ~1.5 MB: the sources dominate (250 CJK characters = 750 bytes each); see docs/reports.md.
        Assert.InRange(bytes, 1_000_000, 2_500_000);
        Assert.Equal(1000, Data(html).GetProperty("docs").GetArrayLength());
    }

    internal static JsonElement Data(string html)
    {
        var json = Between(html, DataOpen, "</script>");
        return JsonDocument.Parse(json).RootElement;
    }

    private static string Between(string text, string open, string close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return text[start..text.IndexOf(close, start, StringComparison.Ordinal)];
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"\b(src|href|srcset|action|xlink:href)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceAttribute();
}
