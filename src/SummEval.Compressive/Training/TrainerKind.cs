namespace SummEval.Compressive.Training;

/// <summary>The ML.NET gradient-boosted tree trainers that can learn the word classifier.</summary>
public enum TrainerKind
{
    /// <summary>ML.NET's FastTree (MART), one thread.</summary>
    FastTree,

    /// <summary>LightGBM through ML.NET, one thread (its OpenMP threads spin on a busy two-core machine otherwise).</summary>
    LightGbm,
}
