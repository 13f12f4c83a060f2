namespace SummEval.Extractive.TextRank;

/// <summary>Sentence centrality from the similarity graph: TextRank's PageRank or PacSum's directed degree.</summary>
public static class SentenceCentrality
{
    /// <summary>
    /// Non-negative centrality per sentence. PageRank scores as they are; directed degree rescaled to [0.05, 1.05]
    /// so every sentence keeps a little mass (PacSum's raw scores can be negative).
    /// </summary>
    public static double[] Compute(int[][] sentenceWords, int vocabulary, TextRankOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentenceWords);
        ArgumentNullException.ThrowIfNull(options);
        var n = sentenceWords.Length;
        var weights = SentenceGraph.Weights(sentenceWords, vocabulary, options.Similarity);
        return options.Centrality == CentralityKind.PageRank
            ? SentenceGraph.PageRank(weights, n, options.Damping)
            : Directed(weights, n, options.BackwardWeight, options.EdgeThreshold);
    }

    /// <summary>PacSum: λ1 · Σ_{j&lt;i} e_ij + (1 − λ1) · Σ_{j&gt;i} e_ij with e below min + β(max − min) dropped.</summary>
    public static double[] Directed(double[] weights, int n, double backwardWeight, double threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var scores = new double[n];
        if (n < 2)
        {
            Array.Fill(scores, 1.0);
            return scores;
        }

        var min = double.MaxValue;
        var max = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j)
                {
                    min = Math.Min(min, weights[(i * n) + j]);
                    max = Math.Max(max, weights[(i * n) + j]);
                }
            }
        }

        var cut = min + (threshold * (max - min));
        for (var i = 0; i < n; i++)
        {
            double score = 0;
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var e = Math.Max(0, weights[(i * n) + j] - cut);
                score += j < i ? backwardWeight * e : (1 - backwardWeight) * e;
            }

            scores[i] = score;
        }

        var low = scores.Min();
        var high = scores.Max();
        for (var i = 0; i < n; i++)
        {
            scores[i] = (high > low ? (scores[i] - low) / (high - low) : 1) + 0.05;
        }

        return scores;
    }
}
