using SummEval.Summarizers;

namespace SummEval.Extractive.Lead;

/// <summary>Creates <see cref="LeadCharsSummarizer"/> (<c>lead-chars</c>).</summary>
public sealed class LeadCharsFactory : ISummarizerFactory
{
    /// <inheritdoc />
    public string Name => "lead-chars";

    /// <inheritdoc />
    public string Description => "The first N characters of the source (N = the budget); the first sentence without a budget.";

    /// <inheritdoc />
    public IReadOnlyList<SummarizerParameter> Parameters => [];

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments) => new LeadCharsSummarizer();
}
