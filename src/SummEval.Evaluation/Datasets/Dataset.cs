using SummEval.Documents;

namespace SummEval.Datasets;

/// <summary>A loaded evaluation set: its documents in file order, and where they came from.</summary>
/// <param name="Name">Short display name: the dataset name (<c>csl:test</c>, <c>sample</c>) or the file name.</param>
/// <param name="Origin">The path the documents were read from, or the embedded resource's name.</param>
/// <param name="Documents">The documents, in file order, with unique ids.</param>
public sealed record Dataset(string Name, string Origin, IReadOnlyList<Document> Documents)
{
    /// <summary>
    /// The fields the documents were read from (given, or the first default present), so a run can say which it
    /// scored against; null for plain text.
    /// </summary>
    public DatasetFields? Fields { get; init; }

    /// <summary>The document with <paramref name="id"/>, or null.</summary>
    public Document? Find(string id)
    {
        foreach (var document in Documents)
        {
            if (string.Equals(document.Id, id, StringComparison.Ordinal))
            {
                return document;
            }
        }

        return null;
    }
}
