using SummEval.Documents;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Extractive.Oracles;

/// <summary>
/// Oracle: the longest common subsequence of source and first reference, cut to the budget: the ceiling of any
/// deletion-based compression of the source.
/// </summary>
public sealed class OracleLcsSummarizer : ISummarizer
{
    /// <inheritdoc />
    public string Name => "oracle-lcs";

    /// <summary>The oracle summary (pure).</summary>
    public static string Summarize(string source, string reference, int? maxChars)
    {
        var lcs = Lcs.Subsequence(source, reference);
        return maxChars is { } max ? TextLength.Truncate(lcs, max) : lcs;
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

        return Task.FromResult(new SummaryResult(Summarize(document.Source, OracleReference.Of(document), options.MaxChars)));
    }
}
