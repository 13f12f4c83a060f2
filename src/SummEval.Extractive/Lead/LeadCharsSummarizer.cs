using SummEval.Documents;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Extractive.Lead;

/// <summary>
/// The first N code points of the source (N = the budget), ignoring sentence boundaries; leading whitespace is
/// skipped. Without a budget there is no N, so it returns the first sentence (the same as <c>lead-1</c>).
/// </summary>
public sealed class LeadCharsSummarizer : ISummarizer
{
    /// <inheritdoc />
    public string Name => "lead-chars";

    /// <summary>The summary text for <paramref name="source"/> (pure; used by the async entry point).</summary>
    public static string Summarize(string source, int? maxChars) =>
        maxChars is { } max ? TextLength.Truncate(source.TrimStart(), max).TrimEnd() : LeadSentenceSummarizer.Summarize(source, null);

    /// <inheritdoc />
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return Task.FromResult(new SummaryResult(Summarize(document.Source, options.MaxChars)));
    }
}
