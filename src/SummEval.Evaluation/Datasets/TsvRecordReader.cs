namespace SummEval.Datasets;

/// <summary>Reads headerless tab-separated lines (CLGE's <c>title&lt;TAB&gt;content</c>); blank lines are skipped.</summary>
internal static class TsvRecordReader
{
    public static readonly IReadOnlyList<string> DefaultColumns = ["title", "content"];

    public static List<RawRecord> Read(string text, string file, IReadOnlyList<string>? columns)
    {
        columns ??= DefaultColumns;
        var records = new List<RawRecord>();
        foreach (var (line, content) in DatasetText.Lines(text))
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var parts = content.Split('\t');
            if (parts.Length != columns.Count)
            {
                throw new DatasetException(file, line, null, $"expected {columns.Count} tab-separated columns ({string.Join(", ", columns)}), found {parts.Length}.");
            }

            var fields = new Dictionary<string, RawValue>(StringComparer.Ordinal);
            for (var i = 0; i < parts.Length; i++)
            {
                fields[columns[i]] = RawValue.OfText(parts[i]);
            }

            records.Add(new RawRecord(line, fields));
        }

        return records;
    }
}
