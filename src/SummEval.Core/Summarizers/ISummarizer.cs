using SummEval.Documents;

namespace SummEval.Summarizers;

/// <summary>
/// A summarizer: anything that turns a document into a summary under the options it is given.
/// This is the one interface plugins implement.
/// </summary>
public interface ISummarizer
{
    /// <summary>The label shown on leaderboards, normally the full spec (e.g. <c>textrank:similarity=bm25</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Summarizes <paramref name="document"/>. Implementations must honour <see cref="SummaryOptions.MaxChars"/>
    /// when they claim to (see <see cref="ISummarizerFactory"/>), must be safe to call concurrently on
    /// different documents, and should observe <paramref name="cancellationToken"/>.
    /// </summary>
    Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default);
}
