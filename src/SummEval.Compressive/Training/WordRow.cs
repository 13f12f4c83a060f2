using Microsoft.ML.Data;
using SummEval.Compressive.Features;

namespace SummEval.Compressive.Training;

/// <summary>One training or scoring example for the ML.NET classifier: a word's features and whether it is kept.</summary>
public sealed class WordRow
{
    /// <summary>True when the word is in the reference alignment.</summary>
    public bool Label { get; set; }

    /// <summary>The <see cref="WordFeatures"/> vector.</summary>
    [VectorType(WordFeatures.Count)]
    public float[] Features { get; set; } = [];
}

/// <summary>The classifier's output for one word.</summary>
public sealed class WordScore
{
    /// <summary>The raw margin.</summary>
    public float Score { get; set; }

    /// <summary>The calibrated probability that the word is kept; the decoder works with it.</summary>
    public float Probability { get; set; }
}
