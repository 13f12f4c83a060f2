using System.Text.Json;

namespace SummEval.Datasets;

/// <summary>Reads JSON Lines: one object per line; blank lines are skipped.</summary>
internal static class JsonLinesRecordReader
{
    public static List<RawRecord> Read(string text, string file) => Read(DatasetText.Lines(text), file);

    /// <summary>Reads records from <paramref name="lines"/> as they come (e.g. <see cref="DatasetText.ReadLines(string)"/>).</summary>
    public static List<RawRecord> Read(IEnumerable<(int Line, string Text)> lines, string file)
    {
        var records = new List<RawRecord>();
        foreach (var (line, content) in lines)
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(content);
            }
            catch (JsonException ex)
            {
                throw JsonErrors.Malformed(file, line, ex);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new DatasetException(file, line, null, $"expected a JSON object, found {Describe(document.RootElement.ValueKind)}.");
                }

                records.Add(RawRecord.FromJson(line, document.RootElement));
            }
        }

        return records;
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
