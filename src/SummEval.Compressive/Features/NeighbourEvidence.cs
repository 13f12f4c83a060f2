namespace SummEval.Compressive.Features;

/// <summary>
/// What a document's nearest training documents (<see cref="NeighbourIndex.Lookup"/>) say about its words: per word,
/// how many neighbours hold it and how many of those put it in their title (plain and similarity-weighted), and per
/// document the best similarity and the neighbours' mean title length.
/// </summary>
/// <param name="Neighbours">Number of neighbours found (0 when the index is empty or nothing is similar).</param>
/// <param name="TopSimilarity">Cosine similarity of the nearest neighbour.</param>
/// <param name="MeanTitleChars">The neighbours' title length in characters, averaged with their similarities as weights.</param>
/// <param name="Words">Per word: neighbours whose title holds it, neighbours whose text holds it, and the same summed over similarities.</param>
public sealed record NeighbourEvidence(
    int Neighbours, double TopSimilarity, double MeanTitleChars,
    IReadOnlyDictionary<string, (int Title, int Content, double TitleSimilarity, double ContentSimilarity)> Words)
{
    /// <summary>No neighbours: every word falls back to its global keep rate.</summary>
    public static NeighbourEvidence None { get; } = new(0, 0, 0, new Dictionary<string, (int, int, double, double)>());
}
