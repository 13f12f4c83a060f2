namespace SummEval.Datasets;

/// <summary>
/// A dataset or predictions file that cannot be read, with the file, line (1-based) and field at fault so the
/// message alone tells a user what to fix.
/// </summary>
public sealed class DatasetException : Exception
{
    /// <summary>Creates the exception; <see cref="Exception.Message"/> reads <c>file:line: field 'f': problem</c>.</summary>
    public DatasetException(string? file, int? line, string? field, string problem, Exception? inner = null)
        : base(Format(file, line, field, problem), inner)
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file (or dataset name) at fault, if any.</summary>
    public string? File { get; }

    /// <summary>The 1-based line at fault, if known.</summary>
    public int? Line { get; }

    /// <summary>The field at fault, if any.</summary>
    public string? Field { get; }

    /// <summary>The problem alone, without location.</summary>
    public string Problem { get; }

    private static string Format(string? file, int? line, string? field, string problem)
    {
        var location = file ?? string.Empty;
        if (line is not null)
        {
            location += (location.Length > 0 ? ":" : "line ") + line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var text = location.Length > 0 ? location + ": " : string.Empty;
        if (field is not null)
        {
            text += $"field '{field}': ";
        }

        return text + problem;
    }
}
