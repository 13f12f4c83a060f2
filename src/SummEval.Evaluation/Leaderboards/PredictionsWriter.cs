using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SummEval.Leaderboards;

/// <summary>
/// Writes one summarizer's summaries as <c>{"id","summary"}</c> JSON Lines in dataset order, the format the
/// <c>file:path=...</c> summarizer reads back. Failed documents are left out (they have no summary).
/// </summary>
public static class PredictionsWriter
{
    /// <summary>Writes <paramref name="predictions"/> to <paramref name="path"/> (UTF-8, LF).</summary>
    public static void Write(string path, IEnumerable<(string Id, string Summary)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        using var stream = File.Create(path);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var (id, summary) in predictions)
        {
            using (var writer = new Utf8JsonWriter(stream, options))
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("summary", summary);
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }
}
