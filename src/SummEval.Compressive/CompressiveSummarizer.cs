using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Documents;
using SummEval.Extractive.Normalization;
using SummEval.Jieba.Keywords;
using SummEval.Summarizers;

namespace SummEval.Compressive;

/// <summary>
/// Deletion-based compression: scores every source word with the model's classifier and keeps the best
/// subsequence of words within the budget (fewer, longer segments preferred), so the result reads as a title.
/// </summary>
public sealed class CompressiveSummarizer(CompressiveModel model, DocumentAnalyzer analyzer, IdfTable idf, string name = "compressive") : ISummarizer
{
    /// <inheritdoc />
    public string Name => name;

    /// <summary>The model in use.</summary>
    public CompressiveModel Model => model;

    /// <inheritdoc />
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return Task.FromResult(new SummaryResult(Summarize(document.Source, options.MaxChars, cancellationToken)));
        }
        catch (OperationCanceledException e) when (e.CancellationToken == cancellationToken)
        {
            return Task.FromCanceled<SummaryResult>(cancellationToken);
        }
    }

    /// <summary>
    /// The summary of <paramref name="source"/> within <paramref name="maxChars"/> code points (the model's
    /// default budget when null). Always a subsequence of the source's words; the source is analysed as prose (wrapped
    /// lines joined, markup and addresses left out), a Traditional Chinese one in its simplified form
    /// (<see cref="AnalysisText"/>), and summarized in its own characters.
    /// </summary>
    public string Summarize(string source, int? maxChars) => Summarize(source, maxChars, CancellationToken.None);

    /// <summary>
    /// The summary of <paramref name="source"/> as <see cref="Summarize(string, int?)"/> gives it, observing
    /// <paramref name="cancellationToken"/> before the analysis and between the decodes (a long document with a large
    /// budget takes seconds).
    /// </summary>
    public string Summarize(string source, int? maxChars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        if (maxChars is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxChars), maxChars, "the budget cannot be negative.");
        }

        // Analysed in the script jieba's dictionary and the model were made for; written in the source's own.
        var text = AnalysisText.Of(source);
        var document = analyzer.Analyze(text.Shadow);
        cancellationToken.ThrowIfCancellationRequested();
        var scores = model.Score(document, idf);
        var metadata = model.Metadata;
        var summary = metadata.Selection is { } selection
            ? SummaryDecoder.Summarize(document, scores, maxChars ?? metadata.DefaultBudget, selection, cancellationToken)
            : SummaryDecoder.Summarize(document, scores, maxChars ?? metadata.DefaultBudget, metadata.Threshold, metadata.SegmentPenalty, metadata.CutPenalty);
        return text.Restore(summary);
    }
}
