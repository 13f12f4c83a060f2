using System.Text.Json;
using System.Text.Json.Nodes;
using SummEval.Documents;

namespace SummEval.OpenAI.FineTuning;

/// <summary>
/// Reads (text, summary) pairs from a JSON array (the tutorial's <c>csl_data.json</c>) or JSON Lines file, taking the
/// text from content/abst/abstract/source/text and the summary from title/summary/reference/target.
/// </summary>
public static class TrainingPairReader
{
    private static readonly string[] SourceFields = ["content", "abst", "abstract", "source", "text"];
    private static readonly string[] SummaryFields = ["title", "summary", "reference", "target"];

    /// <summary>Reads up to <paramref name="limit"/> documents; bad input fails naming file, line and field.</summary>
    public static IReadOnlyList<Document> Read(string path, int limit = int.MaxValue)
    {
        var text = File.ReadAllText(path);
        var documents = new List<Document>();
        if (text.TrimStart().StartsWith('['))
        {
            JsonArray array;
            try
            {
                array = JsonNode.Parse(text)!.AsArray();
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message})", e);
            }

            foreach (var (item, index) in array.Select((n, i) => (n, i)))
            {
                if (documents.Count == limit)
                {
                    break;
                }

                documents.Add(ToDocument(item as JsonObject, path, $"item {index + 1}", index));
            }

            return documents;
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (documents.Count == limit)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonObject? item;
            try
            {
                item = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not valid JSON ({e.Message})", e);
            }

            documents.Add(ToDocument(item, path, $"line {lineNumber}", documents.Count));
        }

        return documents;
    }

    private static Document ToDocument(JsonObject? item, string path, string where, int index)
    {
        if (item is null)
        {
            throw new InvalidDataException($"{path}: {where}: expected a JSON object.");
        }

        var source = SourceFields.Select(f => item[f]).FirstOrDefault(v => v is not null)
            ?? throw new InvalidDataException($"{path}: {where}: no text field (one of {string.Join(", ", SourceFields)}).");
        var summary = SummaryFields.Select(f => item[f]).FirstOrDefault(v => v is not null)
            ?? throw new InvalidDataException($"{path}: {where}: no summary field (one of {string.Join(", ", SummaryFields)}).");
        var id = (string?)item["id"] ?? "pair-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Document(id, source.GetValue<string>(), [summary.GetValue<string>()]);
    }
}
