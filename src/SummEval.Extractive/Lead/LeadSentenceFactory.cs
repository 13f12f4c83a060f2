using SummEval.Summarizers;

namespace SummEval.Extractive.Lead;

/// <summary>Creates <see cref="LeadSentenceSummarizer"/> (<c>lead-1</c>).</summary>
public sealed class LeadSentenceFactory : ISummarizerFactory
{
    /// <inheritdoc />
    public string Name => "lead-1";

    /// <inheritdoc />
    public string Description => "The first sentence of the source, cut to the budget.";

    /// <inheritdoc />
    public IReadOnlyList<SummarizerParameter> Parameters => [];

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments) => new LeadSentenceSummarizer();
}
