using System.Globalization;
using SummEval.Documents;

namespace SummEval.Datasets;

/// <summary>
/// Applies the field mapping to raw records: picks id, source and reference fields (defaults decided on the first
/// record, then required of every record), trims texts, and rejects missing or empty values and duplicate ids.
/// </summary>
internal static class RecordMapper
{
    public static readonly IReadOnlyList<string> SourceCandidates = ["content", "abst", "abstract", "source", "text", "document", "article"];
    public static readonly IReadOnlyList<string> ReferenceCandidates = ["references", "title", "reference", "summary"];
    public const string DefaultIdField = "id";

    public static List<Document> ToDocuments(IReadOnlyList<RawRecord> records, string file, DatasetLoadOptions options) =>
        ToDocuments(records, file, options, out _);

    public static List<Document> ToDocuments(IReadOnlyList<RawRecord> records, string file, DatasetLoadOptions options, out DatasetFields fields)
    {
        if (records.Count == 0)
        {
            throw new DatasetException(file, null, null, "contains no documents.");
        }

        var first = records[0];
        var idField = options.IdField ?? (first.Fields.ContainsKey(DefaultIdField) ? DefaultIdField : null);
        var sourceField = options.SourceField ?? SourceCandidates.FirstOrDefault(first.Fields.ContainsKey)
            ?? throw new DatasetException(file, first.Line, SourceCandidates[0], $"missing: no source field found (looked for {string.Join(", ", SourceCandidates)}; fields present: {Present(first)}); name it with the --source-field option (sourceField in a run file).");
        var referenceFields = options.ReferenceFields ?? ReferenceCandidates.Where(first.Fields.ContainsKey).Take(1).ToArray();
        if (referenceFields.Count == 0 && options.RequireReferences)
        {
            throw new DatasetException(file, first.Line, ReferenceCandidates[0], $"missing: no reference field found (looked for {string.Join(", ", ReferenceCandidates)}; fields present: {Present(first)}); name it with the --reference-field option (referenceField in a run file).");
        }

        fields = new DatasetFields(sourceField, [.. referenceFields]);
        var width = Math.Max(4, (records.Count - 1).ToString(CultureInfo.InvariantCulture).Length);
        var documents = new List<Document>(records.Count);
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < records.Count; index++)
        {
            var record = records[index];
            var id = idField is null ? index.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : ReadId(record, idField, file);
            if (!firstLineOfId.TryAdd(id, record.Line))
            {
                throw new DatasetException(file, record.Line, idField, $"duplicate id '{id}' (first used on line {firstLineOfId[id]}).");
            }

            var source = ReadText(record, sourceField, file, "source");
            var references = new List<string>();
            foreach (var field in referenceFields)
            {
                ReadReferences(record, field, file, references);
            }

            documents.Add(new Document(id, source, references));
        }

        return documents;
    }

    private static string Present(RawRecord record) => record.Fields.Count == 0 ? "none" : string.Join(", ", record.Fields.Keys);

    private static string ReadId(RawRecord record, string field, string file)
    {
        if (!record.Fields.TryGetValue(field, out var value) || value.Kind == "null")
        {
            throw new DatasetException(file, record.Line, field, "missing id.");
        }

        if (value.Text is null)
        {
            throw new DatasetException(file, record.Line, field, $"the id must be a string or a number, found {value.Kind}.");
        }

        var id = value.Text.Trim();
        if (id.Length == 0)
        {
            throw new DatasetException(file, record.Line, field, "empty id.");
        }

        CheckNul(id, record, field, file);
        return id;
    }

    private static string ReadText(RawRecord record, string field, string file, string role)
    {
        if (!record.Fields.TryGetValue(field, out var value) || value.Kind == "null")
        {
            throw new DatasetException(file, record.Line, field, $"missing {role} text.");
        }

        if (value.Kind != "string")
        {
            throw new DatasetException(file, record.Line, field, $"the {role} must be a string, found {value.Kind}.");
        }

        var text = value.Text!.Trim();
        if (text.Length == 0)
        {
            throw new DatasetException(file, record.Line, field, $"empty {role} text.");
        }

        CheckNul(text, record, field, file);
        return text;
    }

    private static void ReadReferences(RawRecord record, string field, string file, List<string> into)
    {
        if (!record.Fields.TryGetValue(field, out var value) || value.Kind == "null")
        {
            throw new DatasetException(file, record.Line, field, "missing reference.");
        }

        if (value.Kind == "string")
        {
            into.Add(ReadText(record, field, file, "reference"));
            return;
        }

        if (value.Items is null)
        {
            throw new DatasetException(file, record.Line, field, $"a reference must be a string or an array of strings, found {value.Kind}.");
        }

        if (value.Items.Count == 0)
        {
            throw new DatasetException(file, record.Line, field, "empty reference list.");
        }

        for (var i = 0; i < value.Items.Count; i++)
        {
            var item = value.Items[i]?.Trim();
            var location = $"{field}[{i}]";
            if (item is null)
            {
                throw new DatasetException(file, record.Line, location, "a reference must be a string.");
            }

            if (item.Length == 0)
            {
                throw new DatasetException(file, record.Line, location, "empty reference.");
            }

            CheckNul(item, record, location, file);
            into.Add(item);
        }
    }

    private static void CheckNul(string text, RawRecord record, string field, string file)
    {
        if (text.Contains('\0'))
        {
            throw new DatasetException(file, record.Line, field, "contains a NUL character (U+0000).");
        }
    }
}
