using System.Text;

namespace SummEval.Reports.Html;

/// <summary>
/// The drill-down data embedded in the page as JSON: <c>{"specs":[...],"maxChars":n,"docs":[{"id","source","refs",
/// "sums":[[summary, r1, r2, rl, error, [[start, length], ...] novel-character ranges, judgment line] or null per spec]}]}</c>,
/// specs in leaderboard order.
/// </summary>
internal static class ReportData
{
    // Written out whenever the buffer passes this size, so the page's size never sits in memory.
    private const int FlushChars = 1 << 16;

    /// <summary>
    /// Appends the data to <paramref name="json"/>, handing the buffer to <paramref name="flush"/> (which empties it)
    /// after each document that takes it past <see cref="FlushChars"/>; checks each document as it comes.
    /// </summary>
    public static void Append(StringBuilder json, HtmlReportModel model, IReadOnlyList<RankedEntry> ranked, Action<StringBuilder> flush)
    {
        var check = new ReportModelCheck.Documents(model);
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        json.Append("{\"specs\":[");
        for (var i = 0; i < ranked.Count; i++)
        {
            column[ranked[i].Entry.Spec] = i;
            json.Append(i > 0 ? "," : string.Empty).AppendJsonString(ranked[i].Entry.Spec);
        }

        json.Append("],\"maxChars\":").Append(model.MaxChars is { } budget ? HtmlText.Int(budget) : "null").Append(",\"docs\":[");
        var row = new HtmlDocumentSummary?[ranked.Count];
        var d = 0;
        foreach (var document in model.Documents)
        {
            check.Validate(document);
            json.Append(d++ > 0 ? ",\n" : "\n").Append("{\"id\":").AppendJsonString(document.Id)
                .Append(",\"source\":").AppendJsonString(document.Source).Append(",\"refs\":[");
            for (var r = 0; r < document.References.Count; r++)
            {
                json.Append(r > 0 ? "," : string.Empty).AppendJsonString(document.References[r]);
            }

            Array.Clear(row);
            foreach (var summary in document.Summaries)
            {
                row[column[summary.Spec]] = summary;
            }

            json.Append("],\"sums\":[");
            for (var k = 0; k < row.Length; k++)
            {
                json.Append(k > 0 ? "," : string.Empty);
                if (row[k] is not { } s)
                {
                    json.Append("null");
                    continue;
                }

                json.Append('[').AppendJsonString(s.Summary).Append(',').Append(HtmlText.JsonNumber(s.Rouge1F1))
                    .Append(',').Append(HtmlText.JsonNumber(s.Rouge2F1)).Append(',').Append(HtmlText.JsonNumber(s.RougeLF1))
                    .Append(',').AppendJsonString(s.Summary is null ? s.Error : null).Append(",[");
                for (var m = 0; m < s.NovelRanges.Count; m++)
                {
                    var (start, length) = s.NovelRanges[m];
                    json.Append(m > 0 ? ",[" : "[").Append(HtmlText.Int(start)).Append(',').Append(HtmlText.Int(length)).Append(']');
                }

                json.Append("],").AppendJsonString(s.Judgment).Append(']');
            }

            json.Append("]}");
            if (json.Length >= FlushChars)
            {
                flush(json);
            }
        }

        json.Append("\n]}");
    }
}
