namespace SummEval.Documents;

/// <summary>
/// One evaluation item: a source text and the reference summaries it is scored against.
/// </summary>
/// <param name="Id">Stable identifier, unique within a dataset.</param>
/// <param name="Source">The text to summarize.</param>
/// <param name="References">One or more reference summaries; may be empty for unlabelled input.</param>
public sealed record Document(string Id, string Source, IReadOnlyList<string> References)
{
    /// <summary>Creates a document with a single reference summary.</summary>
    public Document(string id, string source, string reference)
        : this(id, source, [reference])
    {
    }

    /// <summary>Creates an unlabelled document (no references), e.g. for <c>summeval summarize</c>.</summary>
    public static Document Unlabelled(string id, string source) => new(id, source, Array.Empty<string>());
}
