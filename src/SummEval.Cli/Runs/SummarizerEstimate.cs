using SummEval.Summarizers;

namespace SummEval.Cli.Runs;

/// <summary>
/// One API summarizer's cost estimate, whether it runs in batch mode (so its Batch API price is what it costs), and what
/// a real run would lack to start it (an API key), if anything.
/// </summary>
internal sealed record SummarizerEstimate(string Summarizer, CostEstimate Estimate, bool Batch, string? MissingRequirement = null)
{
    /// <summary>The estimate at the prices of its mode, or null when the price is unknown.</summary>
    public decimal? Cost => Batch ? Estimate.BatchCostUsd : Estimate.LiveCostUsd;
}
