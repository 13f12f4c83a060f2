namespace SummEval.OpenAI.LengthPolicies;

/// <summary>What a summarizer does when the model's answer exceeds the character budget.</summary>
public enum LengthPolicy
{
    /// <summary>Report the answer as it came, like the tutorial did.</summary>
    None,

    /// <summary>Ask again with the measured length and the budget, up to a number of times.</summary>
    Retry,

    /// <summary>Cut the answer to the budget (last resort).</summary>
    Truncate,
}
