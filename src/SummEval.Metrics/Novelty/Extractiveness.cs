namespace SummEval.Metrics;

/// <summary>How much of a summary is copied from its source and in how long pieces (Grusky et al. 2018).</summary>
/// <param name="Coverage">Share of summary tokens inside an extractive fragment, 0..1.</param>
/// <param name="Density">Mean length of the fragment a summary token belongs to (Σ|f|² / |summary|).</param>
/// <param name="Compression">Source tokens per summary token.</param>
public readonly record struct Extractiveness(double Coverage, double Density, double Compression);
