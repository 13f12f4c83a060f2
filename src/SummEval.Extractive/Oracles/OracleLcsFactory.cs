using SummEval.Summarizers;

namespace SummEval.Extractive.Oracles;

/// <summary>Creates <see cref="OracleLcsSummarizer"/> (<c>oracle-lcs</c>); an oracle, left out of rankings.</summary>
public sealed class OracleLcsFactory : ISummarizerFactory
{
    /// <inheritdoc />
    public string Name => "oracle-lcs";

    /// <inheritdoc />
    public string Description => "ORACLE: the longest common subsequence of source and reference, cut to the budget.";

    /// <inheritdoc />
    public IReadOnlyList<SummarizerParameter> Parameters => [];

    /// <inheritdoc />
    public bool IsOracle => true;

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments) => new OracleLcsSummarizer();
}
