namespace SummEval.Testing;

/// <summary>Abstracts from mathematics pasted with their TeX, and the formulas they hold, written out by hand.</summary>
public static class TexAbstracts
{
    /// <summary>A compressed-sensing abstract with inline <c>$…$</c> formulas.</summary>
    public const string Sparse = "针对压缩感知中的稀疏信号重构问题，提出了一种基于$\\ell_1$范数最小化的迭代阈值算法。该算法利用$\\ell_1$范数的凸性，将原问题转化为一系列子问题，并证明了当测量矩阵满足约束等距性质$\\delta_{2k}<\\sqrt{2}-1$时算法收敛。数值实验表明，该算法的重构精度和速度均优于正交匹配追踪算法。";

    /// <summary>An elliptic-equation abstract whose first sentence holds two long formulas.</summary>
    public const string Equation = "研究了一类带有非局部项的椭圆方程$-\\Delta u + V(x)u = f(u)$在$\\mathbb{R}^N$中正解的存在性。利用变分方法和山路引理，在非线性项$f$满足超线性增长条件下，证明了该方程至少存在一个正解。进一步，当$V(x)$为周期函数时，得到了基态解的存在性。";

    /// <summary>Both abstracts.</summary>
    public static readonly IReadOnlyList<string> All = [Sparse, Equation];

    /// <summary>Every formula of the two abstracts, longest first.</summary>
    public static readonly IReadOnlyList<string> Formulas =
        ["$-\\Delta u + V(x)u = f(u)$", "$\\delta_{2k}<\\sqrt{2}-1$", "$\\mathbb{R}^N$", "$\\ell_1$", "$V(x)$", "$f$"];

    /// <summary>Whether every <c>$</c> of <paramref name="summary"/> belongs to one of the <see cref="Formulas"/>, written whole.</summary>
    public static bool HasOnlyWholeFormulas(string summary)
    {
        foreach (var formula in Formulas)
        {
            summary = summary.Replace(formula, string.Empty, StringComparison.Ordinal);
        }

        return !summary.Contains('$', StringComparison.Ordinal);
    }
}
