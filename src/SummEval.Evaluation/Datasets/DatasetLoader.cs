namespace SummEval.Datasets;

/// <summary>
/// Loads a dataset from a file (JSON Lines, JSON array, TSV, CSV; a plain-text file as one document) or by name (<c>sample</c>, <c>csl:train</c>,
/// <c>csl:test</c>) into <see cref="Dataset"/>; every problem is a <see cref="DatasetException"/> naming file, line and field.
/// </summary>
public static class DatasetLoader
{
    /// <summary>Name of the built-in sample dataset.</summary>
    public const string SampleName = "sample";

    private const string SampleResource = "SummEval.Datasets.sample.jsonl";

    /// <summary>
    /// Loads <paramref name="pathOrName"/>: an existing file wins; otherwise a dataset name is resolved (the sample
    /// from this assembly, pulled datasets from the data folder).
    /// </summary>
    public static Dataset Load(string pathOrName, DatasetLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrName);
        options ??= new DatasetLoadOptions();
        if (File.Exists(pathOrName))
        {
            return LoadFile(pathOrName, options);
        }

        if (string.Equals(pathOrName, SampleName, StringComparison.OrdinalIgnoreCase))
        {
            return LoadSample();
        }

        var colon = pathOrName.IndexOf(':');
        if (colon > 0 && DatasetManifest.Find(pathOrName[..colon]) is { } manifest)
        {
            return LoadPulled(manifest, pathOrName[(colon + 1)..], options);
        }

        if (Directory.Exists(pathOrName))
        {
            throw new DatasetException(pathOrName, null, null, "is a folder; give a dataset file (.jsonl, .json, .tsv, .csv) or a name.");
        }

        throw new DatasetException(pathOrName, null, null, $"no such file or dataset name (known names: {string.Join(", ", KnownNames())}).");
    }

    /// <summary>Loads one file; the format comes from <see cref="DatasetLoadOptions.Format"/> or the extension.</summary>
    public static Dataset LoadFile(string path, DatasetLoadOptions? options = null)
    {
        options ??= new DatasetLoadOptions();
        var format = options.Format == DatasetFormat.Auto ? FormatOf(path) : options.Format;
        if (format == DatasetFormat.JsonLines)
        {
            // Line by line: the whole text is never in memory next to the documents parsed from it.
            var records = JsonLinesRecordReader.Read(DatasetText.ReadLines(path), path);
            return new Dataset(Path.GetFileName(path), Path.GetFullPath(path), RecordMapper.ToDocuments(records, path, options, out var fields)) { Fields = fields };
        }

        var text = DatasetText.ReadFile(path);
        return new Dataset(Path.GetFileName(path), Path.GetFullPath(path), Parse(text, path, format, options, out var parsed)) { Fields = parsed };
    }

    /// <summary>Parses already-read text; <paramref name="origin"/> names it in errors.</summary>
    public static Dataset LoadText(string text, string origin, DatasetFormat format, DatasetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new DatasetLoadOptions();
        if (format == DatasetFormat.Auto)
        {
            format = FormatOf(origin);
        }

        if (text.Contains('\0'))
        {
            throw new DatasetException(origin, DatasetText.LineAt(text, text.IndexOf('\0')), null, "contains a NUL character (U+0000).");
        }

        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            throw new DatasetException(origin, null, null, "the file is empty.");
        }

        return new Dataset(origin, origin, Parse(text.TrimStart('\uFEFF'), origin, format, options, out var fields)) { Fields = fields };
    }

    /// <summary>The built-in sample (embedded in this assembly, so it works from a packed tool with no files).</summary>
    public static Dataset LoadSample()
    {
        var assembly = typeof(DatasetLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"the sample dataset resource {SampleResource} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var text = DatasetText.Decode(memory.GetBuffer().AsSpan(0, (int)memory.Length), "sample.jsonl");
        return new Dataset(SampleName, "embedded:eval-data/sample/sample.jsonl", Parse(text, "sample.jsonl", DatasetFormat.JsonLines, new DatasetLoadOptions(), out var fields)) { Fields = fields };
    }

    /// <summary>Every dataset name <see cref="Load"/> understands.</summary>
    public static IReadOnlyList<string> KnownNames() =>
        [SampleName, .. DatasetManifest.All.SelectMany(m => m.Files.Select(f => $"{m.Name}:{f.Split}"))];

    /// <summary>Where a pulled split lives (whether or not it has been pulled).</summary>
    public static string PulledPath(DatasetManifest manifest, ManifestFile file, string? dataDirectory = null) =>
        Path.Combine(DataFolder.DatasetDirectory(DataFolder.Resolve(dataDirectory), manifest.Name), file.Output);

    /// <summary>The format implied by a file extension; unknown extensions are an error.</summary>
    public static DatasetFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => DatasetFormat.JsonLines,
        ".json" => DatasetFormat.JsonArray,
        ".tsv" => DatasetFormat.Tsv,
        ".csv" => DatasetFormat.Csv,
        ".txt" => DatasetFormat.Text,
        var ext => throw new DatasetException(path, null, null, $"cannot tell the format from the extension '{ext}'; rename the file to .jsonl, .json, .tsv, .csv or .txt (one document)."),
    };

    private static List<SummEval.Documents.Document> Parse(string text, string file, DatasetFormat format, DatasetLoadOptions options, out DatasetFields? fields)
    {
        fields = null;
        if (format == DatasetFormat.Text)
        {
            return options.RequireReferences
                ? throw new DatasetException(file, null, null, "is plain text: one document with no reference, which can be summarized (summeval summarize --input FILE) but not scored; to run or score, give a dataset with references (.jsonl, .json, .tsv, .csv).")
                : [new SummEval.Documents.Document(Path.GetFileNameWithoutExtension(file), text, [])];
        }

        var records = format switch
        {
            DatasetFormat.JsonLines => JsonLinesRecordReader.Read(text, file),
            DatasetFormat.JsonArray => JsonArrayRecordReader.Read(text, file),
            DatasetFormat.Tsv => TsvRecordReader.Read(text, file, options.Columns),
            DatasetFormat.Csv => CsvRecordReader.Read(text, file),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown dataset format"),
        };
        var documents = RecordMapper.ToDocuments(records, file, options, out var read);
        fields = read;
        return documents;
    }

    private static Dataset LoadPulled(DatasetManifest manifest, string split, DatasetLoadOptions options)
    {
        var name = $"{manifest.Name}:{split}";
        var file = manifest.Split(split)
            ?? throw new DatasetException(name, null, null, $"unknown split '{split}' of {manifest.Name} (splits: {string.Join(", ", manifest.Files.Select(f => f.Split))}).");
        var path = PulledPath(manifest, file, options.DataDirectory);
        if (!File.Exists(path))
        {
            throw new DatasetException(name, null, null, $"not pulled yet: run `summeval data pull {manifest.Name}` (looked for {path}; the data folder is --data-dir, else ${DataFolder.EnvironmentVariable}, else $XDG_DATA_HOME/summeval, else ~/.local/share/summeval).");
        }

        var dataset = LoadFile(path, options with { Format = DatasetFormat.JsonLines });
        return dataset with { Name = $"{manifest.Name}:{file.Split}" };
    }
}
