namespace SummEval.Metrics;

/// <summary>Corpus means of <see cref="NoveltyScores"/> with 95 % bootstrap intervals (the same resamples as ROUGE's).</summary>
/// <param name="Coverage">Mean coverage.</param>
/// <param name="Density">Mean density.</param>
/// <param name="Compression">Mean compression.</param>
/// <param name="Novel1">Mean share of novel unigrams.</param>
/// <param name="Novel2">Mean share of novel bigrams.</param>
/// <param name="Novel3">Mean share of novel trigrams.</param>
/// <param name="Repetition">Mean share of repeated bigrams.</param>
public sealed record NoveltySummary(MeanInterval Coverage, MeanInterval Density, MeanInterval Compression,
                                    MeanInterval Novel1, MeanInterval Novel2, MeanInterval Novel3, MeanInterval Repetition)
{
    /// <summary>Number of figures, in the order of the constructor.</summary>
    internal const int Figures = 7;

    /// <summary>The per-document figures in the order of the constructor.</summary>
    internal static void Values(NoveltyScores scores, Span<double> into)
    {
        into[0] = scores.Extractiveness.Coverage;
        into[1] = scores.Extractiveness.Density;
        into[2] = scores.Extractiveness.Compression;
        into[3] = scores.Novel1;
        into[4] = scores.Novel2;
        into[5] = scores.Novel3;
        into[6] = scores.Repetition;
    }
}
