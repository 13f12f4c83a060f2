using Microsoft.ML;
using SummEval.Metrics;
using SummEval.ML.Training;

namespace SummEval.ML.Evaluation;

/// <summary><c>mlContext.Summarization</c>: evaluation of summaries held in an <see cref="IDataView"/>.</summary>
public sealed class SummarizationCatalog
{
    internal SummarizationCatalog(MLContext context)
    {
        Context = context;
        Trainers = new SummarizationTrainers(context);
    }

    /// <summary>The context this catalog belongs to.</summary>
    public MLContext Context { get; }

    /// <summary>Summarizers learned from (source, reference) pairs.</summary>
    public SummarizationTrainers Trainers { get; }

    /// <summary>
    /// Character-level ROUGE-1/2/L (ROUGE-1.5.5, several references pooled) of each row's summary against its
    /// label, corpus means with seeded (42) bootstrap 95 % intervals, and the share of summaries within
    /// <paramref name="maxChars"/> code points: the figures <c>summeval score</c> prints for the same pairs.
    /// </summary>
    /// <param name="data">Rows with a summary and its reference(s).</param>
    /// <param name="labelColumnName">The reference: text, or a vector of texts for several references.</param>
    /// <param name="summaryColumnName">The summary to score: text.</param>
    /// <param name="maxChars">The length budget in characters (code points), or null for none.</param>
    public SummarizationMetrics Evaluate(IDataView data, string labelColumnName = "Label", string summaryColumnName = "Summary", int? maxChars = null)
    {
        var pairs = SummaryPairReader.Read(data, labelColumnName, summaryColumnName);
        return SummarizationMetrics.From(CorpusScorer.Score(pairs, new CorpusScoreOptions { MaxChars = maxChars }));
    }
}
