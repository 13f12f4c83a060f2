namespace SummEval.Summarizers;

/// <summary>
/// What a summarizer would cost, estimated without the summarizer (see <see cref="ICostEstimatingFactory"/>): it holds
/// nothing that only sending needs, such as an API key or a client, so a dry run works where a real run could not start.
/// Disposing it releases what it opened (a response cache).
/// </summary>
public interface ICostEstimator : ICostEstimating, IDisposable
{
    /// <summary>Whether the summarizer sends through a batch API, so <see cref="CostEstimate.BatchCostUsd"/> is what it would pay.</summary>
    bool Batch { get; }

    /// <summary>
    /// Why creating the summarizer would fail (e.g. no API key is set) and how to fix it; null when nothing is missing.
    /// Never holds a secret.
    /// </summary>
    string? MissingRequirement { get; }
}
