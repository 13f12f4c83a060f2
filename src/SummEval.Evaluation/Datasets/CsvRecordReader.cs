using System.Text;

namespace SummEval.Datasets;

/// <summary>
/// Reads RFC 4180 CSV: a header row naming the fields, comma separators, double-quoted fields that may hold commas,
/// quotes (doubled) and line breaks; LF or CRLF record ends; blank lines are skipped.
/// </summary>
internal static class CsvRecordReader
{
    public static List<RawRecord> Read(string text, string file)
    {
        var rows = Parse(text, file);
        if (rows.Count == 0)
        {
            throw new DatasetException(file, null, null, "the file is empty.");
        }

        var (headerLine, header) = rows[0];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (name.Length == 0)
            {
                throw new DatasetException(file, headerLine, null, "the header row has an empty column name.");
            }

            if (!seen.Add(name))
            {
                throw new DatasetException(file, headerLine, name, "appears twice in the header row.");
            }
        }

        var records = new List<RawRecord>(rows.Count - 1);
        foreach (var (line, cells) in rows.Skip(1))
        {
            if (cells.Count != header.Count)
            {
                throw new DatasetException(file, line, null, $"expected {header.Count} columns as in the header ({string.Join(", ", header)}), found {cells.Count}.");
            }

            var fields = new Dictionary<string, RawValue>(StringComparer.Ordinal);
            for (var i = 0; i < cells.Count; i++)
            {
                fields[header[i]] = RawValue.OfText(cells[i]);
            }

            records.Add(new RawRecord(line, fields));
        }

        return records;
    }

    private static List<(int Line, List<string> Cells)> Parse(string text, string file)
    {
        var rows = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var i = 0;
        var rowHasContent = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && cell.Length == 0)
            {
                var quoteLine = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new DatasetException(file, quoteLine, null, "a quoted field is never closed (missing '\"').");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    cell.Append(text[i]);
                    i++;
                }

                rowHasContent = true;
                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    throw new DatasetException(file, line, null, $"unexpected '{text[i]}' after a closing quote; a quote inside a quoted field is written \"\".");
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    rowHasContent = true;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\n':
                    EndRow();
                    line++;
                    rowLine = line;
                    i++;
                    break;
                default:
                    cell.Append(c);
                    rowHasContent = true;
                    i++;
                    break;
            }
        }

        EndRow();
        return rows;

        void EndRow()
        {
            if (rowHasContent || cell.Length > 0)
            {
                cells.Add(cell.ToString());
                rows.Add((rowLine, cells));
                cells = [];
            }

            cell.Clear();
            rowHasContent = false;
        }
    }
}
