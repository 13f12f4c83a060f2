namespace SummEval.Regression;

/// <summary>When a drop in a figure fails the gate (<c>summeval check --fail-on</c>).</summary>
public enum FailRule
{
    /// <summary>A drop larger than the tolerance whose paired bootstrap interval excludes zero (the default).</summary>
    Significant,

    /// <summary>Any drop larger than the tolerance, significant or not (the corpus-level rule of earlier versions).</summary>
    Drop,
}
