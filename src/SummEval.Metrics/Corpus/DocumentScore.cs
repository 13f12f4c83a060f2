namespace SummEval.Metrics;

/// <summary>The scores of one document's candidate summary.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Rouge">ROUGE-1/2/L against the document's references.</param>
/// <param name="Chars">The candidate's length in Unicode code points.</param>
public sealed record DocumentScore(string Id, RougeScores Rouge, int Chars)
{
    /// <summary>Extractiveness, novel n-grams and repetition against the source, when the source was given.</summary>
    public NoveltyScores? Novelty { get; init; }
}
