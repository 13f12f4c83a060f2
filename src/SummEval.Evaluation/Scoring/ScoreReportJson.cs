using System.Text.Encodings.Web;
using System.Text.Json;
using SummEval.Metrics;

namespace SummEval.Scoring;

/// <summary>
/// The <c>summeval score --json</c> format, a contract other tools read: <c>rouge1/rouge2/rougeL {p,r,f,ci:[lo,hi]}</c>,
/// <c>length {maxChars,adherence,meanChars,medianChars,p95Chars,meanOvershoot,empty}</c>, <c>count</c>, and
/// optionally <c>perDoc [{id, rouge1/rouge2/rougeL {p,r,f}, chars}]</c>. When the sources were scored:
/// <c>extractiveness {coverage,density,compression}</c>, <c>novelNgrams {"1","2","3"}</c> and <c>repetition</c>, each
/// figure <c>{mean,ci:[lo,hi]}</c> (plain numbers per document).
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
        if (report.Novelty is { } novelty)
        {
            WriteNovelty(writer, novelty);
        }

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
            if (doc.Novelty is { } scores)
            {
                WriteNovelty(writer, scores);
            }

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

    private static void WriteNovelty(Utf8JsonWriter writer, NoveltySummary novelty)
    {
        writer.WriteStartObject("extractiveness");
        WriteMean(writer, "coverage", novelty.Coverage);
        WriteMean(writer, "density", novelty.Density);
        WriteMean(writer, "compression", novelty.Compression);
        writer.WriteEndObject();
        writer.WriteStartObject("novelNgrams");
        WriteMean(writer, "1", novelty.Novel1);
        WriteMean(writer, "2", novelty.Novel2);
        WriteMean(writer, "3", novelty.Novel3);
        writer.WriteEndObject();
        WriteMean(writer, "repetition", novelty.Repetition);
    }

    private static void WriteNovelty(Utf8JsonWriter writer, NoveltyScores scores)
    {
        writer.WriteStartObject("extractiveness");
        writer.WriteNumber("coverage", scores.Extractiveness.Coverage);
        writer.WriteNumber("density", scores.Extractiveness.Density);
        writer.WriteNumber("compression", scores.Extractiveness.Compression);
        writer.WriteEndObject();
        writer.WriteStartObject("novelNgrams");
        writer.WriteNumber("1", scores.Novel1);
        writer.WriteNumber("2", scores.Novel2);
        writer.WriteNumber("3", scores.Novel3);
        writer.WriteEndObject();
        writer.WriteNumber("repetition", scores.Repetition);
    }

    /// <summary>Writes <c>name: {"mean", "ci": [lo, hi]}</c>.</summary>
    internal static void WriteMean(Utf8JsonWriter writer, string name, MeanInterval figure)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("mean", figure.Mean);
        writer.WriteStartArray("ci");
        writer.WriteNumberValue(figure.CiLow);
        writer.WriteNumberValue(figure.CiHigh);
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
