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
    /// Multiplier β on the keep probabilities of the first sentence's words (capped at 1), applied before the gains, the
    /// estimated F1 and the consensus: titles outside computer science sit in the opening sentence more often than the
    /// word model predicts (docs/compressive.md, sixth round). 1 leaves the probabilities as they are.
    /// </summary>
    public double LeadBoost { get; init; } = 1;

    /// <summary>
    /// How the boost fades over later sentences: sentence s (0-based) gets 1 + (β − 1)·ρ^s, so 0 boosts the first sentence only.
    /// </summary>
    public double LeadDecay { get; init; }

    /// <summary>Score added to a candidate whose first word is in the first sentence.</summary>
    public double LeadBonus { get; init; }

    /// <summary>
    /// Weight of the candidate's character ROUGE-L F1 against the opening (the first sentence, or the first two clauses
    /// with <see cref="OpeningClauses"/>), added to the selection score.
    /// </summary>
    public double OpeningWeight { get; init; }

    /// <summary>The opening that <see cref="OpeningWeight"/> compares with is the first clause pair instead of the first sentence.</summary>
    public bool OpeningClauses { get; init; }

    /// <summary>Characters of the estimated reference length per character of the first sentence.</summary>
    public double LeadLengthScale { get; init; }

    /// <summary>Characters of the estimated reference length per sentence of the document.</summary>
    public double SentenceCountScale { get; init; }

    /// <summary>The keep probability <paramref name="p"/> of a word in sentence <paramref name="sentence"/> after the lead prior.</summary>
    public double Prior(int sentence, double p) =>
        LeadBoost == 1 ? p : Math.Min(1, p * (1 + ((LeadBoost - 1) * (sentence == 0 ? 1 : Math.Pow(LeadDecay, sentence)))));

    /// <summary>
    /// The part of the estimated reference length that depends on the document's shape: <see cref="LeadLengthScale"/> per
    /// character of its first sentence (<paramref name="leadChars"/>) and <see cref="SentenceCountScale"/> per sentence.
    /// </summary>
    public double ShapeLength(int leadChars, int sentenceCount) => (LeadLengthScale * leadChars) + (SentenceCountScale * sentenceCount);

    /// <summary>
    /// The estimated F1 of a candidate: <paramref name="expectedMatched"/> = Σ p·l over its words, <paramref name="length"/>
    /// its length, <paramref name="segments"/> its runs of consecutive words, <paramref name="documentExpected"/> Σ p·l over
    /// the document's non-punctuation words, <paramref name="shapeLength"/> the rest of the estimated reference length
    /// (<see cref="ShapeLength"/>).
    /// </summary>
    public double Score(double expectedMatched, int length, int segments, double documentExpected, double shapeLength = 0) =>
        (2 * expectedMatched / Math.Max(1e-9, length + ReferenceLength + (ReferenceScale * documentExpected) + shapeLength)) - (SegmentCost * segments);

    /// <summary>
    /// The estimated F1 (<see cref="Score(double, int, int, double, double)"/>) less <see cref="SentenceCost"/> per sentence beyond the
    /// first (<paramref name="sentences"/>, at least 1), mixed with the candidate's <paramref name="consensus"/> by <see cref="ConsensusWeight"/>,
    /// plus <see cref="LeadBonus"/> when it starts in the first sentence and <see cref="OpeningWeight"/> × its ROUGE-L F1 against the
    /// opening (<paramref name="opening"/>).
    /// </summary>
    public double Score(
        double expectedMatched, int length, int segments, int sentences, double documentExpected, double consensus,
        double shapeLength = 0, bool startsInLead = false, double opening = 0) =>
        ((1 - ConsensusWeight) * (Score(expectedMatched, length, segments, documentExpected, shapeLength) - (SentenceCost * (Math.Max(1, sentences) - 1))))
        + (ConsensusWeight * consensus) + (startsInLead ? LeadBonus : 0) + (OpeningWeight * opening);
}
