namespace SummEval.Summarizers;

/// <summary>
/// A factory of summarizers that cost money (API clients) that can estimate that cost from the arguments alone:
/// <c>summeval run --dry-run</c> and <c>--max-cost</c> ask it instead of creating the summarizer, so they need no API key.
/// </summary>
public interface ICostEstimatingFactory
{
    /// <summary>
    /// The estimator of the summarizer <paramref name="arguments"/> describe; it sends nothing. Arguments that
    /// <see cref="ISummarizerFactory.Create"/> would reject are rejected here too, except what only sending needs.
    /// </summary>
    ICostEstimator CreateEstimator(SummarizerArguments arguments);
}
