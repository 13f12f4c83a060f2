namespace SummEval.Cli.RunFiles;

/// <summary>
/// A leaderboard described in one committed file (<c>summeval run --config run.yaml</c>). Every member is
/// optional; what is missing falls back to the command line, then to <c>summeval run</c>'s defaults.
/// </summary>
/// <param name="Path">Where the file was read from (relative paths inside it are resolved against its folder).</param>
internal sealed record RunFile(string Path)
{
    /// <summary>Datasets to run on, each a path or a name (<c>csl:test</c>, <c>sample</c>); one leaderboard each.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];

    /// <summary>Summarizer specs in canonical text form (<c>textrank:similarity=bm25</c>).</summary>
    public IReadOnlyList<string> Summarizers { get; init; } = [];

    /// <summary>Length budget in characters (code points).</summary>
    public int? MaxChars { get; init; }

    /// <summary>Seed for summarizers and bootstrap intervals.</summary>
    public int? Seed { get; init; }

    /// <summary>Only the first N documents of each dataset.</summary>
    public int? Limit { get; init; }

    /// <summary>Documents summarized at once.</summary>
    public int? Concurrency { get; init; }

    /// <summary>Output folder (with several datasets, one sub-folder per dataset).</summary>
    public string? Out { get; init; }

    /// <summary>Whether oracles are ranked with the other summarizers (otherwise listed after them, unranked).</summary>
    public bool? IncludeOracles { get; init; }

    /// <summary>ROUGE token level: <c>char</c> or <c>word</c> (Jieba).</summary>
    public string? Tokenize { get; init; }

    /// <summary>Plugin assemblies (.dll) to load, resolved against the run file's folder; added to <c>--plugin</c>.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>How several references combine: <c>pooled</c> (ROUGE-1.5.5) or <c>best</c>.</summary>
    public string? References { get; init; }

    /// <summary>Field holding the source text of the datasets (<c>--source-field</c>).</summary>
    public string? SourceField { get; init; }

    /// <summary>Fields holding their references (<c>--reference-field</c>, repeatable).</summary>
    public IReadOnlyList<string> ReferenceFields { get; init; } = [];
}
