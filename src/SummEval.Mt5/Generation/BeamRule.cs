namespace SummEval.Mt5.Generation;

/// <summary>
/// Which lengths beam search divides scores by. transformers v4.36 (PR #27351/#27808) changed the stopping check and
/// the length of hypotheses still open at <c>max_length</c> to count only tokens after the decoder start token.
/// </summary>
public enum BeamRule
{
    /// <summary>transformers ≥ 4.36 (the default).</summary>
    Current,

    /// <summary>transformers ≤ 4.35.</summary>
    Legacy,
}
