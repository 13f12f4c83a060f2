namespace SummEval.Summarizers;

/// <summary>What a set of documents is expected to cost a summarizer, counted before anything is sent.</summary>
/// <param name="Documents">Documents asked about.</param>
/// <param name="CachedDocuments">Of those, documents whose answer is already cached (they cost nothing).</param>
/// <param name="PromptTokens">Prompt tokens of the documents still to send, counted with the model's tokenizer.</param>
/// <param name="CompletionTokens">Expected completion tokens of those documents (one answer filling the budget each).</param>
/// <param name="LiveCostUsd">Estimated cost at live prices, or null when the model's price is unknown.</param>
/// <param name="BatchCostUsd">Estimated cost at Batch API prices, or null when unknown.</param>
public sealed record CostEstimate(int Documents, int CachedDocuments, long PromptTokens, long CompletionTokens, decimal? LiveCostUsd, decimal? BatchCostUsd)
{
    /// <summary>Nothing to send.</summary>
    public static CostEstimate None { get; } = new(0, 0, 0, 0, 0, 0);
}
