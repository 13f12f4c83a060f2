using SummEval.Summarizers;

namespace SummEval.Samples.Plugin;

/// <summary>Makes <c>first-clause[:separators=，。]</c> available to <c>summeval run --plugin SummEval.Samples.Plugin.dll</c>.</summary>
public sealed class FirstClauseSummarizerFactory : ISummarizerFactory
{
    /// <inheritdoc/>
    public string Name => "first-clause";

    /// <inheritdoc/>
    public string Description => "Sample plugin: the first clause of the source, cut to the budget.";

    /// <inheritdoc/>
    public IReadOnlyList<SummarizerParameter> Parameters { get; } =
    [
        new("separators", ParameterKind.String, "characters that end a clause", "，,；;。.！!？?"),
    ];

    /// <inheritdoc/>
    public ISummarizer Create(SummarizerArguments arguments)
    {
        var separators = arguments.GetString("separators")!;
        if (separators.Length == 0)
        {
            throw new SummarizerSpecException("Summarizer 'first-clause': 'separators' must not be empty.");
        }

        return new FirstClauseSummarizer(Name, separators);
    }
}
