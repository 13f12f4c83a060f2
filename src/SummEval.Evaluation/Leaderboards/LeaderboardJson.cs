using System.Text.Encodings.Web;
using System.Text.Json;
using SummEval.Judging;
using SummEval.Metrics;
using SummEval.Scoring;

namespace SummEval.Leaderboards;

/// <summary>
/// <c>leaderboard.json</c>, a contract other tools read: <c>{"dataset","count","maxChars","entries":[{"summarizer",
/// "oracle", the <c>summeval score --json</c> fields, "latencyMs":{"p50","p95"},"docsPerSecond","failures"}]}</c>
/// with entries in rank order; with a judge, each entry also has <c>"judged":{"judge","rubric","faithfulness":{"mean","ci"},
/// "informativeness":{..},"judged","failures","inputTokens","outputTokens","costUsd","cachedDocuments"}</c>, and
/// <c>"rankedBy"</c> names a judged ranking key when <c>--rank-by</c> chose one. No timestamps: the same inputs and seed give the same bytes except the timing fields.
/// </summary>
public static class LeaderboardJson
{
    /// <summary>The leaderboard as indented UTF-8 JSON with a final newline; timings rounded to 0.001.</summary>
    public static byte[] Serialize(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("dataset", leaderboard.Dataset);
            writer.WriteNumber("count", leaderboard.Count);
            if (leaderboard.MaxChars is { } max)
            {
                writer.WriteNumber("maxChars", max);
            }
            else
            {
                writer.WriteNull("maxChars");
            }

            if (leaderboard.RankedBy != RankKey.RougeL)
            {
                writer.WriteString("rankedBy", RankKeyName(leaderboard.RankedBy));
            }

            writer.WriteStartArray("entries");
            foreach (var entry in leaderboard.Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("summarizer", entry.Summarizer);
                writer.WriteBoolean("oracle", entry.Oracle);
                ScoreReportJson.WriteProperties(writer, entry.Score, includePerDoc: false);
                writer.WriteStartObject("latencyMs");
                writer.WriteNumber("p50", Math.Round(entry.Latency.P50, 3));
                writer.WriteNumber("p95", Math.Round(entry.Latency.P95, 3));
                writer.WriteEndObject();
                writer.WriteNumber("docsPerSecond", Math.Round(entry.DocsPerSecond, 3));
                writer.WriteNumber("failures", entry.Failures);
                if (entry.Usage is { } usage)
                {
                    writer.WriteStartObject("usage");
                    writer.WriteNumber("inputTokens", usage.InputTokens);
                    writer.WriteNumber("outputTokens", usage.OutputTokens);
                    if (usage.CostUsd is { } cost)
                    {
                        writer.WriteNumber("costUsd", Math.Round(cost, 6));
                    }
                    else
                    {
                        writer.WriteNull("costUsd");
                    }

                    writer.WriteNumber("cachedDocuments", usage.CachedDocuments);
                    writer.WriteEndObject();
                }

                if (entry.Judged is { } judged)
                {
                    WriteJudged(writer, judged);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The <c>--rank-by</c> spelling of <paramref name="key"/>: rougeL, faithfulness, informativeness.</summary>
    public static string RankKeyName(RankKey key) => key switch
    {
        RankKey.Faithfulness => "faithfulness",
        RankKey.Informativeness => "informativeness",
        _ => "rougeL",
    };

    private static void WriteJudged(Utf8JsonWriter writer, JudgedSummary judged)
    {
        writer.WriteStartObject("judged");
        writer.WriteString("judge", judged.Judge);
        writer.WriteString("rubric", judged.Rubric);
        ScoreReportJson.WriteMean(writer, "faithfulness", judged.Faithfulness);
        ScoreReportJson.WriteMean(writer, "informativeness", judged.Informativeness);

        writer.WriteNumber("judged", judged.Judged);
        writer.WriteNumber("failures", judged.Failures);
        writer.WriteNumber("inputTokens", judged.InputTokens);
        writer.WriteNumber("outputTokens", judged.OutputTokens);
        if (judged.CostUsd is { } cost)
        {
            writer.WriteNumber("costUsd", Math.Round(cost, 6));
        }
        else
        {
            writer.WriteNull("costUsd");
        }

        writer.WriteNumber("cachedDocuments", judged.Cached);
        writer.WriteEndObject();
    }
}
