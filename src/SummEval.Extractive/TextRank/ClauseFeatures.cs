namespace SummEval.Extractive.TextRank;

/// <summary>
/// The features of a candidate clause that a learned clause scorer (<see cref="TextRankOptions.ClauseScorer"/>) weighs:
/// its role, where it sits, how long it is, how central its words are, and what its words say about it. A logistic
/// model over them gives the probability that the clause is what a title states.
/// </summary>
public static class ClauseFeatures
{
    /// <summary>Names of the features, in vector order (index 0 is the intercept).</summary>
    public static readonly string[] Names =
    [
        "bias", "objective", "method", "result", "sentence index", "first sentence", "position in sentence",
        "length / budget", "cut", "centrality", "digit share", "lists items", "forward share", "backward share",
        "opening sentence", "plain document",
    ];

    /// <summary>Number of features (with the intercept).</summary>
    public static int Count => Names.Length;

    /// <summary>The feature vector (pure).</summary>
    /// <param name="role">Its role after result words (<see cref="TextRankOptions.ResultWords"/>).</param>
    /// <param name="sentence">Its sentence's index.</param>
    /// <param name="position">Its index within the sentence.</param>
    /// <param name="length">Its length as it would be output (code points).</param>
    /// <param name="budget">The budget (code points).</param>
    /// <param name="cut">It was cut to the budget.</param>
    /// <param name="centrality">Its words' weight over the highest clause's in the document (0-1).</param>
    /// <param name="digitShare">Share of its words that contain a digit.</param>
    /// <param name="listsItems">It has two or more list marks.</param>
    /// <param name="forward">Share of its words that recur in later sentences.</param>
    /// <param name="backward">Share of its words seen in earlier sentences.</param>
    /// <param name="opening">It is the opening sentence as a whole.</param>
    /// <param name="plain">The document is plain (no label, no objective clause, few sentences).</param>
    public static double[] Of(ClauseRole role, int sentence, int position, int length, int budget, bool cut, double centrality,
        double digitShare, bool listsItems, double forward, double backward, bool opening, bool plain) =>
    [
        1,
        role == ClauseRole.Objective ? 1 : 0,
        role == ClauseRole.Method ? 1 : 0,
        role == ClauseRole.Result ? 1 : 0,
        Math.Min(sentence, 10) / 10.0,
        sentence == 0 ? 1 : 0,
        Math.Min(position, 5) / 5.0,
        budget > 0 ? (double)length / budget : 0,
        cut ? 1 : 0,
        centrality,
        digitShare,
        listsItems ? 1 : 0,
        forward,
        backward,
        opening ? 1 : 0,
        plain && sentence == 0 ? 1 : 0,
    ];

    /// <summary>The logistic model's probability for <paramref name="features"/> under <paramref name="weights"/>.</summary>
    public static double Probability(IReadOnlyList<double> weights, IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(features);
        double z = 0;
        for (var i = 0; i < features.Count; i++)
        {
            z += weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
