using SummEval.Documents;
using SummEval.Extractive.Normalization;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Extractive.Lead;

/// <summary>
/// The first N code points of the source (N = the budget), ignoring sentence boundaries; leading whitespace is
/// skipped; the source is read as prose (<see cref="AnalysisText"/>), so a wrapped line break or a markup tag takes no
/// room. Without a budget there is no N, so it returns the first sentence (the same as <c>lead-1</c>).
/// </summary>
public sealed class LeadCharsSummarizer : ISummarizer
{
    /// <inheritdoc />
    public string Name => "lead-chars";

    /// <summary>The summary text for <paramref name="source"/> (pure; used by the async entry point).</summary>
    public static string Summarize(string source, int? maxChars)
    {
        if (maxChars is not { } max)
        {
            return LeadSentenceSummarizer.Summarize(source, null);
        }

        var text = AnalysisText.Of(source);
        return text.Restore(TextLength.Truncate(text.Shadow.TrimStart(), max).TrimEnd());
    }

    /// <inheritdoc />
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<SummaryResult>(cancellationToken);
        }

        return Task.FromResult(new SummaryResult(Summarize(document.Source, options.MaxChars)));
    }
}
