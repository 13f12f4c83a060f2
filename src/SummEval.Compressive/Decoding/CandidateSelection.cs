namespace SummEval.Compressive.Decoding;

/// <summary>
/// Second-stage decoding: decode the document with every setting of a fixed grid (threshold × segment penalty × cut
/// cost), and, with <see cref="LocalCandidates"/>, also each sentence and each pair of adjacent clauses on its own; then
/// keep the candidate with the best mix of its estimated ROUGE-L F1 against the unseen reference and its agreement with
/// the other candidates. A candidate S matches about Σ p·l of the reference's characters, and F1 = 2·matched / (|S| + |R|),
/// where the reference length |R| is estimated from the document (<see cref="ReferenceLength"/> +
/// <see cref="ReferenceScale"/>·Σ p·l over all its words); each segment costs <see cref="SegmentCost"/> and each sentence
/// beyond the first <see cref="SentenceCost"/>. Chosen by 5-fold cross-validation (docs/compressive.md).
/// </summary>
/// <param name="ReferenceLength">Fixed part of the estimated reference length, in characters.</param>
/// <param name="ReferenceScale">Weight of the document's expected kept characters (Σ p·l over its words) in that estimate.</param>
/// <param name="SegmentCost">Score taken off per segment (run of consecutive kept words).</param>
/// <param name="SentenceCost">Score taken off per source sentence the candidate uses beyond the first (fragments glued from distant sentences).</param>
/// <param name="ConsensusWeight">
/// Weight (0-1) of the consensus term: a candidate's mean character ROUGE-L F1 against every other decode of the pool
/// (minimum-Bayes-risk selection); the estimated F1 gets the rest. 0 chooses by estimated F1 alone.
/// </param>
/// <param name="LocalCandidates">Also decode every sentence and every pair of adjacent clauses on its own (<see cref="CandidateWindows"/>).</param>
public sealed record CandidateSelection(
    double ReferenceLength, double ReferenceScale, double SegmentCost, double SentenceCost = 0, double ConsensusWeight = 0, bool LocalCandidates = false)
{
    // 12 decodes: as good held out as 36 (threshold {0, .04, .08, .12, .2, .3} × penalty {0, .5} × the same cuts) at a
    // third of the time (docs/compressive.md).

    /// <summary>Thresholds of the candidate grid (also of the local decodes).</summary>
    public static IReadOnlyList<double> Thresholds { get; } = [0, 0.04, 0.12, 0.3];

    /// <summary>Segment penalties of the candidate grid.</summary>
    public static IReadOnlyList<double> Penalties { get; } = [0];

    /// <summary>Cut costs of the candidate grid.</summary>
    public static IReadOnlyList<double> Cuts { get; } = [0.5, 1, 2];

    /// <summary>Cut cost of the local (sentence and clause-pair) decodes, with segment penalty 0.</summary>
    public static double LocalCut => 1;

    /// <summary>
    /// The estimated F1 of a candidate: <paramref name="expectedMatched"/> = Σ p·l over its words, <paramref name="length"/>
    /// its length, <paramref name="segments"/> its runs of consecutive words, <paramref name="documentExpected"/> Σ p·l over
    /// the document's non-punctuation words.
    /// </summary>
    public double Score(double expectedMatched, int length, int segments, double documentExpected) =>
        (2 * expectedMatched / Math.Max(1e-9, length + ReferenceLength + (ReferenceScale * documentExpected))) - (SegmentCost * segments);

    /// <summary>
    /// The estimated F1 (<see cref="Score(double, int, int, double)"/>) less <see cref="SentenceCost"/> per sentence beyond the
    /// first (<paramref name="sentences"/>, at least 1), mixed with the candidate's <paramref name="consensus"/> by <see cref="ConsensusWeight"/>.
    /// </summary>
    public double Score(double expectedMatched, int length, int segments, int sentences, double documentExpected, double consensus) =>
        ((1 - ConsensusWeight) * (Score(expectedMatched, length, segments, documentExpected) - (SentenceCost * (Math.Max(1, sentences) - 1))))
        + (ConsensusWeight * consensus);
}
