using SummEval.Extractive.Oracles;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Consensus (minimum Bayes risk) choice among candidate summaries: each is scored by (1 − w) × its value over the
/// best value + w × its mean character ROUGE-L F1 against the other candidates, so a summary the alternatives agree
/// with beats an outlier of slightly higher value.
/// </summary>
public static class ConsensusSelector
{
    /// <summary>Index of the chosen candidate (the first on ties); 0 when there are fewer than two.</summary>
    /// <param name="texts">Candidate summaries.</param>
    /// <param name="values">Their values (the selection objective; positive).</param>
    /// <param name="weight">w in [0, 1]: 0 keeps the highest value, 1 the candidate most like the others.</param>
    /// <param name="valueWeighted">Weight each other candidate's agreement by its value (MBR with a value posterior) instead of a plain mean.</param>
    public static int Choose(IReadOnlyList<string> texts, IReadOnlyList<double> values, double weight, bool valueWeighted = false)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(values);
        if (texts.Count != values.Count)
        {
            throw new ArgumentException("texts and values must have the same count.", nameof(values));
        }

        if (texts.Count < 2)
        {
            return 0;
        }

        var units = new int[texts.Count][];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = Lcs.Units(texts[i]);
        }

        var lcs = new BitParallelLcs(units);
        var best = values.Max();
        var agreement = new double[texts.Count];
        var mass = new double[texts.Count];
        for (var a = 0; a < units.Length; a++)
        {
            for (var b = a + 1; b < units.Length; b++)
            {
                var f1 = lcs.F1(a, b);
                var (wa, wb) = valueWeighted ? (values[b], values[a]) : (1.0, 1.0);
                agreement[a] += wa * f1;
                agreement[b] += wb * f1;
                mass[a] += wa;
                mass[b] += wb;
            }
        }

        var chosen = 0;
        var chosenScore = double.NegativeInfinity;
        for (var a = 0; a < texts.Count; a++)
        {
            var score = ((1 - weight) * (best > 0 ? values[a] / best : 0)) + (weight * (mass[a] > 0 ? agreement[a] / mass[a] : 0));
            if (score > chosenScore)
            {
                (chosen, chosenScore) = (a, score);
            }
        }

        return chosen;
    }
}
