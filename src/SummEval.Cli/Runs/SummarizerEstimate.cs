using SummEval.Summarizers;

namespace SummEval.Cli.Runs;

/// <summary>One API summarizer's cost estimate, and whether it runs in batch mode (so its Batch API price is what it costs).</summary>
internal sealed record SummarizerEstimate(string Summarizer, CostEstimate Estimate, bool Batch)
{
    /// <summary>The estimate at the prices of its mode, or null when the price is unknown.</summary>
    public decimal? Cost => Batch ? Estimate.BatchCostUsd : Estimate.LiveCostUsd;
}
