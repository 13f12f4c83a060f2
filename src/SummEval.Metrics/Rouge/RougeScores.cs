namespace SummEval.Metrics;

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against its references.</summary>
/// <param name="Rouge1">Unigram overlap.</param>
/// <param name="Rouge2">Bigram overlap (bigrams run across line breaks, as in ROUGE-1.5.5).</param>
/// <param name="RougeL">Summary-level union longest common subsequence over lines.</param>
public sealed record RougeScores(PrfScore Rouge1, PrfScore Rouge2, PrfScore RougeL)
{
    /// <summary>All three metrics zero.</summary>
    public static RougeScores Zero { get; } = new(default, default, default);
}
