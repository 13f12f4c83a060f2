using SummEval.Summarizers;

namespace SummEval.Runs;

/// <summary>What one summarizer produced for one document: a row of <c>run.db</c>.</summary>
/// <param name="Summarizer">The contestant's label (full spec).</param>
/// <param name="Position">The document's 0-based position in the dataset.</param>
/// <param name="DocumentId">The document id.</param>
/// <param name="Summary">The summary; empty when the summarizer failed.</param>
/// <param name="LatencyMs">Wall time of the summarizer call.</param>
/// <param name="Failure">The error message (secrets scrubbed) when the call threw, else null.</param>
public sealed record DocumentOutcome(string Summarizer, int Position, string DocumentId, string Summary, double LatencyMs, string? Failure)
{
    /// <summary>Token usage reported by model-backed summarizers.</summary>
    public TokenUsage? Usage { get; init; }

    /// <summary>Model calls made for this summary.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>True when the summary came from a cache.</summary>
    public bool Cached { get; init; }

    /// <summary>Length in characters (code points).</summary>
    public int Chars => Text.TextLength.Chars(Summary);
}
