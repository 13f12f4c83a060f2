namespace SummEval.Metrics;

/// <summary>The scores of one document's candidate summary.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Rouge">ROUGE-1/2/L against the document's references.</param>
/// <param name="Chars">The candidate's length in Unicode code points.</param>
public sealed record DocumentScore(string Id, RougeScores Rouge, int Chars)
{
    /// <summary>Extractiveness, novel n-grams and repetition against the source, when the source was given.</summary>
    public NoveltyScores? Novelty { get; init; }

    /// <summary>
    /// The summarizer failed on this document: it is scored as an empty summary (ROUGE 0, length 0) and, under a budget,
    /// counts against adherence, so failing can never raise a figure.
    /// </summary>
    public bool Failed { get; init; }
}
