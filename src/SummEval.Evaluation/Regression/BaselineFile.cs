using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SummEval.Regression;

/// <summary>
/// The compact committed baseline (<c>summeval baseline --from OUT --out FILE</c>): a run's header and, per summarizer
/// and document, the summary, its length and its ROUGE F1s, as gzip-compressed JSON. The same run gives the same
/// bytes: no timestamps, doubles written round-trip, and the gzip header's operating-system byte fixed.
/// </summary>
public static class BaselineFile
{
    /// <summary>The value of the <c>format</c> field that marks a baseline file.</summary>
    public const string Format = "summeval-baseline";

    private const int Version = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes <paramref name="run"/> as uncompressed JSON bytes.</summary>
    public static byte[] SerializeJson(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WriteString("dataset", run.Dataset);
            json.WriteString("datasetChecksum", run.DatasetChecksum);
            json.WriteNumber("datasetCount", run.DatasetCount);
            if (run.MaxChars is { } max)
            {
                json.WriteNumber("maxChars", max);
            }
            else
            {
                json.WriteNull("maxChars");
            }

            json.WriteString("rouge", run.Rouge);
            json.WriteNumber("seed", run.Seed);
            json.WriteStartArray("summarizers");
            foreach (var summarizer in run.Summarizers)
            {
                json.WriteStartObject();
                json.WriteString("summarizer", summarizer.Summarizer);
                json.WriteBoolean("oracle", summarizer.Oracle);
                json.WriteStartArray("documents");
                foreach (var d in summarizer.Documents)
                {
                    json.WriteStartObject();
                    json.WriteString("id", d.Id);
                    json.WriteNumber("position", d.Position);
                    json.WriteString("summary", d.Summary);
                    json.WriteNumber("chars", d.Chars);
                    json.WriteNumber("rouge1", d.Rouge1);
                    json.WriteNumber("rouge2", d.Rouge2);
                    json.WriteNumber("rougeL", d.RougeL);
                    if (d.Failure is not null)
                    {
                        json.WriteString("failure", d.Failure);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/>, gzip-compressed, creating its folder.</summary>
    public static void Write(string path, RunRecord run)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var json = SerializeJson(run);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(json);
        }

        var bytes = compressed.ToArray();

        // Byte 9 of a gzip header names the compressing OS (zlib writes 3 on Unix, other values elsewhere); 255 is
        // "unknown", so a baseline refreshed on any machine has the same bytes.
        bytes[9] = 0xFF;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(path, bytes);
    }

    /// <summary>True when <paramref name="path"/> starts like a gzip file (a baseline rather than a leaderboard).</summary>
    public static bool LooksLikeBaseline(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[2];
        return stream.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head[0] == 0x1F && head[1] == 0x8B;
    }

    /// <summary>Reads a baseline file; any problem is a <see cref="RegressionInputException"/> naming the file and field.</summary>
    public static RunRecord Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] json;
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            json = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new RegressionInputException($"{path}: cannot read the baseline file: {ex.Message}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new RegressionInputException($"{path}: not valid JSON inside the gzip (line {ex.LineNumber + 1}): {ex.Message.Split(" Path:")[0]}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                throw new RegressionInputException($"{path}: not a summeval baseline (field 'format' should be \"{Format}\").");
            }

            var version = Field(root, "version", JsonValueKind.Number, path, "version").GetInt32();
            if (version != Version)
            {
                throw new RegressionInputException($"{path}: baseline version {version}; this summeval reads version {Version}. Regenerate it with `summeval baseline`.");
            }

            var summarizers = new List<SummarizerRecord>();
            var i = 0;
            foreach (var s in Field(root, "summarizers", JsonValueKind.Array, path, "summarizers").EnumerateArray())
            {
                var at = $"summarizers[{i++}]";
                var documents = new List<DocumentRecord>();
                var j = 0;
                foreach (var d in Field(s, "documents", JsonValueKind.Array, path, at + ".documents").EnumerateArray())
                {
                    var dat = $"{at}.documents[{j++}]";
                    documents.Add(new DocumentRecord(
                        Field(d, "id", JsonValueKind.String, path, dat + ".id").GetString()!,
                        Field(d, "position", JsonValueKind.Number, path, dat + ".position").GetInt32(),
                        Field(d, "summary", JsonValueKind.String, path, dat + ".summary").GetString()!,
                        Field(d, "chars", JsonValueKind.Number, path, dat + ".chars").GetInt32(),
                        Field(d, "rouge1", JsonValueKind.Number, path, dat + ".rouge1").GetDouble(),
                        Field(d, "rouge2", JsonValueKind.Number, path, dat + ".rouge2").GetDouble(),
                        Field(d, "rougeL", JsonValueKind.Number, path, dat + ".rougeL").GetDouble(),
                        d.TryGetProperty("failure", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null));
                }

                summarizers.Add(new SummarizerRecord(
                    Field(s, "summarizer", JsonValueKind.String, path, at + ".summarizer").GetString()!,
                    s.TryGetProperty("oracle", out var o) && o.ValueKind == JsonValueKind.True,
                    documents));
            }

            return new RunRecord(
                Field(root, "dataset", JsonValueKind.String, path, "dataset").GetString()!,
                Field(root, "datasetChecksum", JsonValueKind.String, path, "datasetChecksum").GetString()!,
                Field(root, "datasetCount", JsonValueKind.Number, path, "datasetCount").GetInt32(),
                root.TryGetProperty("maxChars", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : null,
                Field(root, "rouge", JsonValueKind.String, path, "rouge").GetString()!,
                Field(root, "seed", JsonValueKind.Number, path, "seed").GetInt32(),
                summarizers);
        }
    }

    private static JsonElement Field(JsonElement parent, string name, JsonValueKind kind, string path, string field)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new RegressionInputException($"{path}: field '{field}' is missing.");
        }

        if (value.ValueKind != kind)
        {
            throw new RegressionInputException($"{path}: field '{field}' should be {kind.ToString().ToLowerInvariant()}, found {value.ValueKind.ToString().ToLowerInvariant()}.");
        }

        return value;
    }
}
