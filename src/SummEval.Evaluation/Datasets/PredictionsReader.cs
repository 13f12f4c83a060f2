namespace SummEval.Datasets;

/// <summary>
/// Reads predictions as JSON Lines <c>{"id": ..., "summary": ...}</c>, in file order. A missing field, a non-string
/// summary, a duplicate id, malformed JSON, invalid UTF-8, NUL characters and an empty file are
/// <see cref="DatasetException"/>s naming file, line and field; an empty summary is valid.
/// </summary>
public static class PredictionsReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static IReadOnlyList<Prediction> Read(string path) => Parse(DatasetText.ReadFile(path), path);

    /// <summary>Parses predictions text; <paramref name="origin"/> names it in errors.</summary>
    public static IReadOnlyList<Prediction> Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        if (text.Contains('\0'))
        {
            throw new DatasetException(origin, DatasetText.LineAt(text, text.IndexOf('\0')), null, "contains a NUL character (U+0000).");
        }

        var records = JsonLinesRecordReader.Read(text, origin);
        if (records.Count == 0)
        {
            throw new DatasetException(origin, null, null, "the file is empty.");
        }

        var predictions = new List<Prediction>(records.Count);
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var id = record.Fields.TryGetValue("id", out var idValue) && idValue.Text is { } idText ? idText.Trim() : null;
            if (id is null)
            {
                throw new DatasetException(origin, record.Line, "id", idValue.Kind is null or "null" ? "missing id." : $"the id must be a string or a number, found {idValue.Kind}.");
            }

            if (id.Length == 0)
            {
                throw new DatasetException(origin, record.Line, "id", "empty id.");
            }

            if (!record.Fields.TryGetValue("summary", out var summary) || summary.Kind == "null")
            {
                throw new DatasetException(origin, record.Line, "summary", "missing summary (write \"summary\": \"\" for an empty one).");
            }

            if (summary.Kind != "string")
            {
                throw new DatasetException(origin, record.Line, "summary", $"the summary must be a string, found {summary.Kind}.");
            }

            if (!firstLineOfId.TryAdd(id, record.Line))
            {
                throw new DatasetException(origin, record.Line, "id", $"duplicate id '{id}' (first used on line {firstLineOfId[id]}).");
            }

            if (summary.Text!.Contains('\0') || id.Contains('\0'))
            {
                throw new DatasetException(origin, record.Line, summary.Text.Contains('\0') ? "summary" : "id", "contains a NUL character (U+0000).");
            }

            predictions.Add(new Prediction(id, summary.Text, record.Line));
        }

        return predictions;
    }

    /// <summary>The predictions keyed by id (ids are unique once read).</summary>
    public static IReadOnlyDictionary<string, Prediction> ById(IReadOnlyList<Prediction> predictions) =>
        predictions.ToDictionary(p => p.Id, StringComparer.Ordinal);
}
