namespace SummEval.Metrics;

/// <summary>How one summary relates to its source: extractiveness, novel n-grams and repetition.</summary>
/// <param name="Extractiveness">Coverage, density and compression from the greedy extractive fragments.</param>
/// <param name="Novel1">Share of the summary's distinct unigrams absent from the source.</param>
/// <param name="Novel2">Share of the summary's distinct bigrams absent from the source.</param>
/// <param name="Novel3">Share of the summary's distinct trigrams absent from the source.</param>
/// <param name="Repetition">Share of the summary's distinct bigrams that occur in it more than once.</param>
public sealed record NoveltyScores(Extractiveness Extractiveness, double Novel1, double Novel2, double Novel3, double Repetition)
{
    /// <summary>What a summary without tokens scores: every figure 0.</summary>
    public static NoveltyScores Zero { get; } = new(default, 0, 0, 0, 0);
}
