using SummEval.Documents;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Samples.Plugin;

/// <summary>
/// A deliberately small example summarizer: the first clause of the text (up to the first separator),
/// cut to the budget. It shows everything a plugin needs: a summarizer, its parameters, and honouring the budget.
/// </summary>
public sealed class FirstClauseSummarizer(string name, string separators) : ISummarizer
{
    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        var text = document.Source.Trim();
        var end = text.AsSpan().IndexOfAny(separators);
        var clause = end < 0 ? text : text[..end];
        if (options.MaxChars is { } max)
        {
            clause = TextLength.Truncate(clause, max);
        }

        return Task.FromResult(new SummaryResult(clause));
    }
}
