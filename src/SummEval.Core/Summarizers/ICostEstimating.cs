using SummEval.Documents;

namespace SummEval.Summarizers;

/// <summary>
/// A summarizer that can say what summarizing some documents would cost before doing it (an API client): used by
/// <c>summeval run --dry-run</c> and <c>--max-cost</c>. Estimating must send nothing.
/// </summary>
public interface ICostEstimating
{
    /// <summary>The estimate for summarizing <paramref name="documents"/> under <paramref name="options"/>.</summary>
    CostEstimate Estimate(IReadOnlyList<Document> documents, SummaryOptions options);
}
