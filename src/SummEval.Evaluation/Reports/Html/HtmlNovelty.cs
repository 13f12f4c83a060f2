namespace SummEval.Reports.Html;

/// <summary>One summarizer's corpus extractiveness and novelty against the sources, for the leaderboard's source column group.</summary>
/// <param name="Coverage">Mean extractive coverage, 0..1.</param>
/// <param name="Density">Mean extractive density.</param>
/// <param name="Compression">Mean compression (source tokens per summary token).</param>
/// <param name="Novel1">Mean share of novel unigrams.</param>
/// <param name="Novel2">Mean share of novel bigrams.</param>
/// <param name="Novel2Low">Lower end of the novel-bigram interval.</param>
/// <param name="Novel2High">Upper end of the novel-bigram interval.</param>
/// <param name="Novel3">Mean share of novel trigrams.</param>
/// <param name="Repetition">Mean share of repeated bigrams.</param>
public sealed record HtmlNovelty(
    double Coverage,
    double Density,
    double Compression,
    double Novel1,
    double Novel2,
    double Novel2Low,
    double Novel2High,
    double Novel3,
    double Repetition);
