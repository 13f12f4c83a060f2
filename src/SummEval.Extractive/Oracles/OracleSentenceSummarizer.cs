using SummEval.Documents;
using SummEval.Extractive.Sentences;
using SummEval.Metrics;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Extractive.Oracles;

/// <summary>
/// Oracle: the source sentence whose budget-cut form has the best character ROUGE-L F1 (the harness's own
/// ROUGE-1.5.5 scorer) against the first reference (it reads the reference, so it is a ceiling, not a contestant).
/// </summary>
public sealed class OracleSentenceSummarizer : ISummarizer
{
    /// <inheritdoc />
    public string Name => "oracle-sentence";

    /// <summary>The oracle summary (pure).</summary>
    public static string Summarize(string source, string reference, int? maxChars)
    {
        var best = string.Empty;
        var bestScore = -1.0;
        foreach (var sentence in SentenceSplitter.Split(source))
        {
            var cut = maxChars is { } max ? TextLength.Truncate(sentence, max) : sentence;
            var score = RougeScorer.Score(cut, [reference]).RougeL.F1;
            if (score > bestScore)
            {
                (best, bestScore) = (cut, score);
            }
        }

        return best;
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
