namespace SummEval.Datasets;

/// <summary>
/// How to read a dataset file: its format and which fields hold the id, the source and the reference(s).
/// Every property is optional; the defaults read the canonical JSON Lines forms with no options.
/// </summary>
public sealed record DatasetLoadOptions
{
    /// <summary>Field holding the source text; default: the first of <c>content, abst, abstract, source, text, document, article</c> present.</summary>
    public string? SourceField { get; init; }

    /// <summary>
    /// Fields holding reference summaries (each a string or an array of strings); default: the first of
    /// <c>references, title, reference, summary</c> present.
    /// </summary>
    public IReadOnlyList<string>? ReferenceFields { get; init; }

    /// <summary>Field holding the id; default <c>id</c> when present, else ids are generated in file order (<c>0000</c>, <c>0001</c>, ...).</summary>
    public string? IdField { get; init; }

    /// <summary>File format; <see cref="DatasetFormat.Auto"/> picks it from the extension.</summary>
    public DatasetFormat Format { get; init; } = DatasetFormat.Auto;

    /// <summary>Column names of a headerless TSV file; default <c>title, content</c> (CLGE).</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>When false, documents without references load as unlabelled instead of failing.</summary>
    public bool RequireReferences { get; init; } = true;

    /// <summary>Data folder for named datasets such as <c>csl:test</c>; default <see cref="DataFolder.Resolve"/>.</summary>
    public string? DataDirectory { get; init; }
}
