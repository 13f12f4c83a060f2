namespace SummEval.Compressive.Decoding;

/// <summary>
/// Second-stage decoding: decode the document with every setting of a fixed grid (threshold × segment penalty × cut
/// cost) and keep the candidate with the highest estimated ROUGE-L F1 against the unseen reference. A candidate S
/// matches about Σ p·l of the reference's characters, and F1 = 2·matched / (|S| + |R|), where the reference length |R|
/// is estimated from the document (<see cref="ReferenceLength"/> + <see cref="ReferenceScale"/>·Σ p·l over all its
/// words); each segment costs <see cref="SegmentCost"/>. Chosen by 5-fold cross-validation (docs/compressive.md).
/// </summary>
/// <param name="ReferenceLength">Fixed part of the estimated reference length, in characters.</param>
/// <param name="ReferenceScale">Weight of the document's expected kept characters (Σ p·l over its words) in that estimate.</param>
/// <param name="SegmentCost">Score taken off per segment (run of consecutive kept words).</param>
public sealed record CandidateSelection(double ReferenceLength, double ReferenceScale, double SegmentCost)
{
    // 12 decodes: as good held out as 36 (threshold {0, .04, .08, .12, .2, .3} × penalty {0, .5} × the same cuts) at a
    // third of the time (docs/compressive.md).

    /// <summary>Thresholds of the candidate grid.</summary>
    public static IReadOnlyList<double> Thresholds { get; } = [0, 0.04, 0.12, 0.3];

    /// <summary>Segment penalties of the candidate grid.</summary>
    public static IReadOnlyList<double> Penalties { get; } = [0];

    /// <summary>Cut costs of the candidate grid.</summary>
    public static IReadOnlyList<double> Cuts { get; } = [0.5, 1, 2];

    /// <summary>
    /// The estimated F1 of a candidate: <paramref name="expectedMatched"/> = Σ p·l over its words, <paramref name="length"/>
    /// its length, <paramref name="segments"/> its runs of consecutive words, <paramref name="documentExpected"/> Σ p·l over
    /// the document's non-punctuation words.
    /// </summary>
    public double Score(double expectedMatched, int length, int segments, double documentExpected) =>
        (2 * expectedMatched / Math.Max(1e-9, length + ReferenceLength + (ReferenceScale * documentExpected))) - (SegmentCost * segments);
}
