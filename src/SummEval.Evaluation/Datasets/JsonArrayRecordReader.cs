using System.Text;
using System.Text.Json;

namespace SummEval.Datasets;

/// <summary>Reads one JSON array of objects, remembering the line each object starts on.</summary>
internal static class JsonArrayRecordReader
{
    public static List<RawRecord> Read(string text, string file)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var records = new List<RawRecord>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                var line = DatasetText.LineAt(bytes, reader.TokenStartIndex);
                throw new DatasetException(file, line, null, "expected a JSON array of objects ([{\"title\": ..., \"content\": ...}, ...]); for one object per line use .jsonl.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = DatasetText.LineAt(bytes, reader.TokenStartIndex);
                using var element = JsonDocument.ParseValue(ref reader);
                if (element.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new DatasetException(file, line, null, $"expected a JSON object in the array, found {JsonLinesRecordReader.Describe(element.RootElement.ValueKind)}.");
                }

                records.Add(RawRecord.FromJson(line, element.RootElement));
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                throw new DatasetException(file, DatasetText.LineAt(bytes, bytes.Length), null, "malformed JSON: the array is not closed.");
            }

            if (reader.Read())
            {
                throw new DatasetException(file, DatasetText.LineAt(bytes, reader.TokenStartIndex), null, "malformed JSON: unexpected content after the array.");
            }
        }
        catch (JsonException ex)
        {
            throw JsonErrors.Malformed(file, 1, ex);
        }

        return records;
    }
}
