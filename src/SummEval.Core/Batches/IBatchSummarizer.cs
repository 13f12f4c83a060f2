using SummEval.Documents;
using SummEval.Summarizers;

namespace SummEval.Batches;

/// <summary>
/// A summarizer that takes many documents at once (e.g. through an asynchronous batch API such as OpenAI's): a run hands
/// it all of its pending documents in one call instead of one call per document.
/// </summary>
public interface IBatchSummarizer
{
    /// <summary>
    /// Summarizes <paramref name="documents"/>, reporting each document through <see cref="BatchContext.OnResult"/> as soon
    /// as it is known, and keeping the state of its remote work in <see cref="BatchContext.Journal"/> before waiting on it,
    /// so a call stopped at any point and made again resumes that work instead of starting (and paying for) it twice.
    /// Documents not reported when the call returns or throws are left to the caller.
    /// </summary>
    Task SummarizeBatchAsync(IReadOnlyList<Document> documents, SummaryOptions options, BatchContext context, CancellationToken cancellationToken = default);
}
