using SummEval.Summarizers;

namespace SummEval.Runs;

/// <summary>One leaderboard entry to be run: its label (the full spec), whether it is an oracle, and how to make it.</summary>
/// <param name="Label">The canonical spec text, secrets masked; the key of its rows in the store.</param>
/// <param name="IsOracle">Oracles see the references; every other summarizer gets documents without them.</param>
/// <param name="Create">Creates the summarizer; called once per run.</param>
public sealed record Contestant(string Label, bool IsOracle, Func<ISummarizer> Create)
{
    /// <summary>Secret parameter values (API keys) scrubbed from failure messages before they are stored or shown.</summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>The <see cref="BuildStamp"/> of the code behind the summarizer; empty when unknown.</summary>
    public string Build { get; init; } = string.Empty;

    /// <summary>The <see cref="InputStamp"/> of the summarizer's input files (a predictions file, a model); empty when it has none.</summary>
    public string Inputs { get; init; } = string.Empty;

    /// <summary>The input files <see cref="Inputs"/> was computed from, for messages.</summary>
    public IReadOnlyList<string> InputFiles { get; init; } = [];

    /// <summary>
    /// Makes a cost estimator without the summarizer (see <see cref="ICostEstimatingFactory"/>), so estimating needs no
    /// API key; null when only the summarizer itself can estimate.
    /// </summary>
    public Func<ICostEstimator>? CreateEstimator { get; init; }
}
