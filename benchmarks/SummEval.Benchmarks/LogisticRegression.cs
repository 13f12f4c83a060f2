namespace SummEval.Benchmarks;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (IRLS) on soft labels in [0, 1]: small, deterministic and
/// dependency-free, for TextRank's learned clause scorer (the extractive library must not depend on ML.NET).
/// </summary>
internal static class LogisticRegression
{
    /// <summary>Weights minimising Σ cross-entropy(y, σ(w·x)) + λ/2 ‖w‖² (the intercept, feature 0, unpenalised).</summary>
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double lambda, int iterations = 30)
    {
        var d = x[0].Length;
        var w = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var i = 0; i < x.Count; i++)
            {
                var row = x[i];
                double z = 0;
                for (var j = 0; j < d; j++)
                {
                    z += w[j] * row[j];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var r = p * (1 - p);
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += (p - y[i]) * row[j];
                    for (var k = 0; k <= j; k++)
                    {
                        hessian[j, k] += r * row[j] * row[k];
                    }
                }
            }

            for (var j = 0; j < d; j++)
            {
                for (var k = 0; k < j; k++)
                {
                    hessian[k, j] = hessian[j, k];
                }

                var penalty = j == 0 ? 1e-6 : lambda;
                gradient[j] += j == 0 ? 0 : lambda * w[j];
                hessian[j, j] += penalty;
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var j = 0; j < d; j++)
            {
                w[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            if (change < 1e-9)
            {
                break;
            }
        }

        return w;
    }

    // Gaussian elimination with partial pivoting (the Hessian is symmetric positive definite with the ridge).
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                {
                    pivot = r;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            (v[c], v[pivot]) = (v[pivot], v[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }

                v[r] -= f * v[c];
            }
        }

        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * result[k];
            }

            result[r] = sum / m[r, r];
        }

        return result;
    }
}
