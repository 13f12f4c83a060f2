using System.Text.Encodings.Web;
using System.Text.Json;
using SummEval.Metrics;

namespace SummEval.Scoring;

/// <summary>
/// The <c>summeval score --json</c> format, a contract other tools read: <c>rouge1/rouge2/rougeL {p,r,f,ci:[lo,hi]}</c>,
/// <c>length {maxChars,adherence,meanChars,medianChars,p95Chars,meanOvershoot,empty}</c>, <c>count</c>, and
/// optionally <c>perDoc [{id, rouge1/rouge2/rougeL {p,r,f}, chars}]</c>.
/// </summary>
public static class ScoreReportJson
{
    /// <summary>Writes the report's fields as properties into an already-open JSON object.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, ScoreReport report, bool includePerDoc)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        WriteSummary(writer, "rouge1", report.Rouge1);
        WriteSummary(writer, "rouge2", report.Rouge2);
        WriteSummary(writer, "rougeL", report.RougeL);
        var length = report.Length;
        writer.WriteStartObject("length");
        if (length.MaxChars is { } max)
        {
            writer.WriteNumber("maxChars", max);
        }
        else
        {
            writer.WriteNull("maxChars");
        }

        writer.WriteNumber("adherence", length.Adherence);
        writer.WriteNumber("meanChars", length.MeanChars);
        writer.WriteNumber("medianChars", length.MedianChars);
        writer.WriteNumber("p95Chars", length.P95Chars);
        writer.WriteNumber("meanOvershoot", length.MeanOvershoot);
        writer.WriteNumber("empty", length.Empty);
        writer.WriteEndObject();
        writer.WriteNumber("count", report.Count);
        if (!includePerDoc)
        {
            return;
        }

        writer.WriteStartArray("perDoc");
        foreach (var doc in report.PerDoc)
        {
            writer.WriteStartObject();
            writer.WriteString("id", doc.Id);
            WritePrf(writer, "rouge1", doc.Rouge.Rouge1);
            WritePrf(writer, "rouge2", doc.Rouge.Rouge2);
            WritePrf(writer, "rougeL", doc.Rouge.RougeL);
            writer.WriteNumber("chars", doc.Chars);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The report as one JSON object; non-ASCII text (ids) is written as is, not \u-escaped.</summary>
    public static string Serialize(ScoreReport report, bool includePerDoc, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            WriteProperties(writer, report, includePerDoc);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteSummary(Utf8JsonWriter writer, string name, MetricSummary summary)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("p", summary.Precision);
        writer.WriteNumber("r", summary.Recall);
        writer.WriteNumber("f", summary.F1);
        writer.WriteStartArray("ci");
        writer.WriteNumberValue(summary.CiLow);
        writer.WriteNumberValue(summary.CiHigh);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePrf(Utf8JsonWriter writer, string name, PrfScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("p", score.Precision);
        writer.WriteNumber("r", score.Recall);
        writer.WriteNumber("f", score.F1);
        writer.WriteEndObject();
    }
}
