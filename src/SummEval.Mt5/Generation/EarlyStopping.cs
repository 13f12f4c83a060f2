namespace SummEval.Mt5.Generation;

/// <summary>Hugging Face's <c>early_stopping</c>: <c>True</c>, <c>False</c> or <c>"never"</c>.</summary>
public enum EarlyStopping
{
    /// <summary>Stop a beam search as soon as <c>num_beams</c> hypotheses are finished.</summary>
    True,

    /// <summary>Stop when no open beam can beat the finished ones at the current length (a heuristic).</summary>
    False,

    /// <summary>Stop only when no open beam can beat them at any length up to <c>max_length</c> (canonical).</summary>
    Never,
}
