using SummEval.OpenAI.LengthPolicies;
using SummEval.OpenAI.Pricing;

namespace SummEval.OpenAI.Chat;

/// <summary>What the OpenAI summarizers send and how they treat the answer.</summary>
public sealed record ModelCallSettings(string Model)
{
    /// <summary>Prompt template with <c>{text}</c> and <c>{maxChars}</c>.</summary>
    public string Prompt { get; init; } = PromptTemplate.Default;

    /// <summary>Sampling temperature (the tutorial's 0.3).</summary>
    public float Temperature { get; init; } = 0.3f;

    /// <summary>Output token limit, or null for the provider's default.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>What to do with answers over the budget.</summary>
    public LengthPolicy Policy { get; init; } = LengthPolicy.None;

    /// <summary>Extra attempts under <see cref="LengthPolicy.Retry"/>.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>
    /// Requests in flight at once, across all documents using this summarizer (with <c>concurrency=auto</c> the ceiling;
    /// the connection's adaptive limiter sets the actual limit).
    /// </summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Prices for the cost estimate.</summary>
    public PriceTable Prices { get; init; } = PriceTable.Default;
}
