using SummEval.Summarizers;

namespace SummEval.Extractive.Oracles;

/// <summary>Creates <see cref="OracleSentenceSummarizer"/> (<c>oracle-sentence</c>); an oracle, left out of rankings.</summary>
public sealed class OracleSentenceFactory : ISummarizerFactory
{
    /// <inheritdoc />
    public string Name => "oracle-sentence";

    /// <inheritdoc />
    public string Description => "ORACLE: the source sentence with the best ROUGE-L against the reference, cut to the budget.";

    /// <inheritdoc />
    public IReadOnlyList<SummarizerParameter> Parameters => [];

    /// <inheritdoc />
    public bool IsOracle => true;

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments) => new OracleSentenceSummarizer();
}
