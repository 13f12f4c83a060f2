using SummEval.Metrics;

namespace SummEval.Runs;

/// <summary>
/// Everything one leaderboard run needs to know, after the command line and any run file are combined: which data,
/// which summarizers, the budget and seed, how much parallelism, which shard, where outputs go, and how to score.
/// </summary>
public sealed record RunPlan
{
    /// <summary>What <c>summeval run</c> runs when no summarizer is named: the local ones, plus the oracles (marked).</summary>
    public static IReadOnlyList<string> DefaultSummarizers { get; } = ["lead-1", "lead-chars", "textrank", "oracle-sentence", "oracle-lcs"];

    /// <summary>A dataset path or name (<c>sample</c>, <c>csl:test</c>).</summary>
    public string Dataset { get; init; } = "sample";

    /// <summary>Summarizer specs (<c>textrank:similarity=bm25</c>); each is one leaderboard entry.</summary>
    public IReadOnlyList<string> Summarizers { get; init; } = DefaultSummarizers;

    /// <summary>The length budget in characters (code points).</summary>
    public int? MaxChars { get; init; } = 20;

    /// <summary>Seed given to summarizers and to the bootstrap.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Only the first N documents of the dataset, or null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>(Summarizer, document) pairs computed at once.</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>The shard of the documents this run covers, or null for all of them.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Where <c>run.db</c>, the leaderboard files and predictions go.</summary>
    public string OutDirectory { get; init; } = "summeval-out";

    /// <summary>When true, oracles are ranked with the other summarizers instead of listed after them.</summary>
    public bool IncludeOracles { get; init; }

    /// <summary>How summaries are scored (character or word level; pooled or best references).</summary>
    public RougeOptions Rouge { get; init; } = RougeOptions.Character;

    /// <summary>A chat model spec whose connection makes the judge (<c>--judge</c>), or null to judge nothing.</summary>
    public string? Judge { get; init; }

    /// <summary>What ranks the leaderboard; a judged key needs <see cref="Judge"/>.</summary>
    public Leaderboards.RankKey RankBy { get; init; } = Leaderboards.RankKey.RougeL;

    /// <summary>Data folder for named datasets, or null for the default (see <see cref="Datasets.DataFolder"/>).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Field holding the source text of a user's dataset, or null for the loader's default.</summary>
    public string? SourceField { get; init; }

    /// <summary>Fields holding the references of a user's dataset, or null for the loader's default.</summary>
    public IReadOnlyList<string>? ReferenceFields { get; init; }

    /// <summary>How <see cref="Dataset"/> is loaded: the data folder and the field mapping.</summary>
    public Datasets.DatasetLoadOptions LoadOptions => new() { DataDirectory = DataDirectory, SourceField = SourceField, ReferenceFields = ReferenceFields };

    /// <summary>Only print what the API summarizers would cost; compute and send nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Refuse a run estimated above this many US dollars, and stop one that spends it; null for no limit.</summary>
    public decimal? MaxCostUsd { get; init; }

    /// <summary>The documents of <paramref name="documents"/> this plan covers: the first <see cref="Limit"/>, then this shard's.</summary>
    public IReadOnlyList<RunDocument> Select(IReadOnlyList<Documents.Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var count = Limit is { } limit ? Math.Min(limit, documents.Count) : documents.Count;
        return Enumerable.Range(0, count)
            .Where(i => Shard?.Contains(i) ?? true)
            .Select(i => new RunDocument(i, documents[i]))
            .ToList();
    }
}
