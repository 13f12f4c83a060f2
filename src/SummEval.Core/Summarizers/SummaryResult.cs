namespace SummEval.Summarizers;

/// <summary>A summary and what it cost to produce it.</summary>
/// <param name="Text">The summary text; an empty string is a valid (empty) summary.</param>
public sealed record SummaryResult(string Text)
{
    /// <summary>Token usage for model-backed summarizers; null when not applicable.</summary>
    public TokenUsage? Usage { get; init; }

    /// <summary>How many model calls produced this summary (e.g. retries under a length policy); 1 by default.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>True when the result was served from a cache rather than computed.</summary>
    public bool Cached { get; init; }

    /// <summary>Free-form extra facts worth keeping with the prediction (never secrets).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}
