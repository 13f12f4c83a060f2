namespace SummEval.Metrics;

/// <summary>The scores of one document's candidate summary.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Rouge">ROUGE-1/2/L against the document's references.</param>
/// <param name="Chars">The candidate's length in Unicode code points.</param>
public sealed record DocumentScore(string Id, RougeScores Rouge, int Chars);
