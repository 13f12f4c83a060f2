using System.Buffers;
using SummEval.Documents;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Sentences;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Extractive.Lead;

/// <summary>
/// The first sentence of the source, cut to the budget when one is given; read as prose (<see cref="AnalysisText"/>:
/// a line wrapped inside the first sentence does not end it, markup and addresses do not count). A heading of section
/// labels alone (<c>摘要</c> on its own line), a journal page's field (<c>基金项目：…</c>) or a greeting alone (<c>大家好！</c>) is not a sentence.
/// </summary>
public sealed class LeadSentenceSummarizer : ISummarizer
{
    /// <inheritdoc />
    public string Name => "lead-1";

    /// <summary>The summary text for <paramref name="source"/> (pure; used by the async entry point).</summary>
    public static string Summarize(string source, int? maxChars)
    {
        var text = AnalysisText.Of(source);
        var sentences = SentenceSplitter.Split(text.Shadow);
        // A heading (摘要, 【摘要】, 1 引言), a journal page's field (基金项目：…), a list item's number the splitter set apart
        // (1.|理解光合作用…) or a sentence of spoken fillers (大家好！, 谢邀。, 姐妹们！) is not the first sentence; a text that is
        // nothing but those keeps its first.
        var fields = BibliographicFields.MayHave(text.Shadow) ? BibliographicFields.Fields(sentences) : null;
        var first = sentences.Where((s, k) => !SectionLabels.IsLabelOnly(s) && fields?[k] != true && s.AsSpan().ContainsAnyExcept(NoWords) && !SpokenFillers.IsOnlyFillers(s)).FirstOrDefault()
            ?? (sentences.Count > 0 ? sentences[0] : string.Empty);
        // A cut at the budget can end between two English words; the space it leaves is no part of the summary (as in lead-chars).
        return text.Restore(maxChars is { } max ? TextLength.Truncate(first, max).TrimEnd() : first);
    }

    // What a list item's number is written with: digits, the dot after them and the space before its item.
    private static readonly SearchValues<char> NoWords = SearchValues.Create("0123456789.． \t\u3000");

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
