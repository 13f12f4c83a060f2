namespace SummEval.Metrics;

/// <summary>Precision, recall and their harmonic mean (F1, α = 0.5) of one ROUGE metric.</summary>
/// <param name="Precision">Hits over candidate units.</param>
/// <param name="Recall">Hits over reference units.</param>
/// <param name="F1">2PR/(P+R), or 0 when P + R = 0.</param>
public readonly record struct PrfScore(double Precision, double Recall, double F1)
{
    /// <summary>All zero: what any empty text scores.</summary>
    public static PrfScore Zero => default;

    /// <summary>The score of <paramref name="hits"/> matches out of the given unit counts; a zero denominator gives 0.</summary>
    public static PrfScore FromCounts(long hits, long candidateUnits, long referenceUnits)
    {
        var p = candidateUnits == 0 ? 0.0 : (double)hits / candidateUnits;
        var r = referenceUnits == 0 ? 0.0 : (double)hits / referenceUnits;
        return new PrfScore(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }
}
