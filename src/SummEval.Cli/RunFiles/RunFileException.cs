namespace SummEval.Cli.RunFiles;

/// <summary>A run file that cannot be used, with the file, line and field at fault.</summary>
internal sealed class RunFileException(string path, long? line, string? field, string problem)
    : Exception($"{path}{(line is { } l ? $":{l}" : string.Empty)}: {(field is null ? string.Empty : $"field '{field}': ")}{problem}");
