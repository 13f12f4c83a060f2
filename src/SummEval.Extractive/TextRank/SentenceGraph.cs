namespace SummEval.Extractive.TextRank;

/// <summary>
/// Sentence similarity graph and PageRank over it. Sentences are int word-id arrays, so the hot loop compares
/// integers, not strings.
/// </summary>
public static class SentenceGraph
{
    /// <summary>Weight matrix (row-major, n x n) of edge weights between the sentences.</summary>
    public static double[] Weights(IReadOnlyList<int[]> sentences, int vocabulary, SimilarityKind kind)
    {
        var n = sentences.Count;
        var weights = new double[n * n];
        if (kind == SimilarityKind.Overlap)
        {
            // Stamp array: marks[w] == i+1 when word w occurs in sentence i (distinct-word overlap without sets).
            var marks = new int[vocabulary];
            for (var i = 0; i < n; i++)
            {
                foreach (var w in sentences[i])
                {
                    marks[w] = i + 1;
                }

                for (var j = i + 1; j < n; j++)
                {
                    var common = 0;
                    foreach (var w in sentences[j])
                    {
                        if (marks[w] == i + 1)
                        {
                            common++;
                            marks[w] = -(i + 1); // count each shared word once
                        }
                    }

                    foreach (var w in sentences[j])
                    {
                        if (marks[w] == -(i + 1))
                        {
                            marks[w] = i + 1;
                        }
                    }

                    var denominator = Math.Log(sentences[i].Length) + Math.Log(sentences[j].Length);
                    var weight = common > 0 && denominator > 0 ? common / denominator : 0;
                    weights[(i * n) + j] = weight;
                    weights[(j * n) + i] = weight;
                }
            }

            return weights;
        }

        // BM25: document frequencies over sentences, then score(query = Si, document = Sj).
        var df = new int[vocabulary];
        var seen = new int[vocabulary];
        double totalLength = 0;
        for (var i = 0; i < n; i++)
        {
            totalLength += sentences[i].Length;
            foreach (var w in sentences[i])
            {
                if (seen[w] != i + 1)
                {
                    seen[w] = i + 1;
                    df[w]++;
                }
            }
        }

        var average = n == 0 ? 1 : Math.Max(1, totalLength / n);
        const double k1 = 1.2;
        const double b = 0.75;
        var tf = new int[vocabulary];
        for (var j = 0; j < n; j++)
        {
            foreach (var w in sentences[j])
            {
                tf[w]++;
            }

            var norm = k1 * (1 - b + (b * sentences[j].Length / average));
            for (var i = 0; i < n; i++)
            {
                if (i == j)
                {
                    continue;
                }

                double score = 0;
                foreach (var w in sentences[i])
                {
                    var f = tf[w];
                    if (f > 0)
                    {
                        // Non-negative idf variant, so common words never produce negative edges.
                        var idf = Math.Log(1 + ((n - df[w] + 0.5) / (df[w] + 0.5)));
                        score += idf * f * (k1 + 1) / (f + norm);
                    }
                }

                weights[(i * n) + j] = score;
            }

            foreach (var w in sentences[j])
            {
                tf[w] = 0;
            }
        }

        return weights;
    }

    /// <summary>
    /// Weighted PageRank (TextRank form: (1 - d) + d * sum of neighbours' scores shared by out-weight), iterated
    /// until no score moves by more than <paramref name="tolerance"/> or <paramref name="maxIterations"/>.
    /// </summary>
    public static double[] PageRank(double[] weights, int n, double damping = 0.85, double tolerance = 1e-6, int maxIterations = 200)
    {
        if (damping is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(damping), damping, "damping must be between 0 and 1.");
        }

        var outWeight = new double[n];
        for (var j = 0; j < n; j++)
        {
            double sum = 0;
            for (var k = 0; k < n; k++)
            {
                sum += weights[(j * n) + k];
            }

            outWeight[j] = sum;
        }

        var scores = new double[n];
        var next = new double[n];
        Array.Fill(scores, 1.0);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var delta = 0.0;
            for (var i = 0; i < n; i++)
            {
                double sum = 0;
                for (var j = 0; j < n; j++)
                {
                    var w = weights[(j * n) + i];
                    if (w > 0)
                    {
                        sum += w / outWeight[j] * scores[j];
                    }
                }

                next[i] = (1 - damping) + (damping * sum);
                delta = Math.Max(delta, Math.Abs(next[i] - scores[i]));
            }

            (scores, next) = (next, scores);
            if (delta < tolerance)
            {
                break;
            }
        }

        return scores;
    }
}
