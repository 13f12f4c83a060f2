namespace SummEval.Datasets;

/// <summary>
/// Reads tab-separated lines (CLGE's <c>title&lt;TAB&gt;content</c>, no header); blank lines are skipped. A first line
/// that names exactly the columns (<c>title&lt;TAB&gt;content</c>, in any order and case) is a header, not a document,
/// and its order is the columns' order.
/// </summary>
internal static class TsvRecordReader
{
    public static readonly IReadOnlyList<string> DefaultColumns = ["title", "content"];

    public static List<RawRecord> Read(string text, string file, IReadOnlyList<string>? columns)
    {
        columns ??= DefaultColumns;
        var records = new List<RawRecord>();
        var first = true;
        foreach (var (line, content) in DatasetText.Lines(text))
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var parts = content.Split('\t');
            if (first && IsHeader(parts, columns))
            {
                // Before, the header was read as a document whose title was "title".
                columns = [.. parts.Select(p => columns.First(c => c.Equals(p.Trim(), StringComparison.OrdinalIgnoreCase)))];
                first = false;
                continue;
            }

            first = false;
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

    private static bool IsHeader(string[] parts, IReadOnlyList<string> columns) =>
        parts.Length == columns.Count
        && parts.Select(p => p.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(columns);
}
