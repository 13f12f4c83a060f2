namespace SummEval.Compressive.Training;

/// <summary>
/// Area under the ROC curve of keep probabilities against word labels (the Mann-Whitney statistic, ties counted
/// half): how well the classifier ranks kept words above dropped ones, whatever the threshold.
/// </summary>
public static class WordAuc
{
    /// <summary>The AUC of <paramref name="scored"/>; NaN when either class is absent.</summary>
    public static double Of(IEnumerable<(double Probability, bool Kept)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var sorted = scored.OrderBy(s => s.Probability).ToList();
        long positives = 0, negatives = 0;
        double positiveRankSum = 0;
        for (var i = 0; i < sorted.Count;)
        {
            // A run of equal probabilities shares the mean of its ranks (1-based).
            var j = i;
            while (j < sorted.Count && sorted[j].Probability == sorted[i].Probability)
            {
                j++;
            }

            var meanRank = (i + 1 + j) / 2.0;
            for (var k = i; k < j; k++)
            {
                if (sorted[k].Kept)
                {
                    positives++;
                    positiveRankSum += meanRank;
                }
                else
                {
                    negatives++;
                }
            }

            i = j;
        }

        return positives == 0 || negatives == 0
            ? double.NaN
            : (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
