using SummEval.Documents;
using SummEval.OpenAI.Caching;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Pricing;

/// <summary>
/// An OpenAI summarizer's cost estimate made from its spec alone, with no key and no client: what <c>--dry-run</c> asks,
/// so it works before a key is set (and says that a real run needs one).
/// </summary>
internal sealed class SpecCostEstimator(
    ResponseCache? cache,
    Func<ResponseCache?, IReadOnlyList<Document>, SummaryOptions, CostEstimate> estimate,
    bool batch,
    string? missingRequirement) : ICostEstimator
{
    public bool Batch => batch;

    public string? MissingRequirement => missingRequirement;

    public CostEstimate Estimate(IReadOnlyList<Document> documents, SummaryOptions options) => estimate(cache, documents, options);

    public void Dispose() => cache?.Dispose();
}
