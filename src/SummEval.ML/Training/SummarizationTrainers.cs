using Microsoft.ML;

namespace SummEval.ML.Training;

/// <summary><c>mlContext.Summarization.Trainers</c>: summarizers learned from (source, reference) pairs.</summary>
public sealed class SummarizationTrainers
{
    private readonly MLContext _context;

    internal SummarizationTrainers(MLContext context) => _context = context;

    /// <summary>
    /// The compressive summarizer (keeps the words an ML.NET tree classifier scores highest, decoded under the
    /// budget), trained on the text columns <paramref name="sourceColumnName"/> and <paramref name="labelColumnName"/>
    /// (a reference, or a vector whose first element is used).
    /// </summary>
    public CompressiveEstimator Compressive(string sourceColumnName = "Source", string labelColumnName = "Label", CompressiveEstimatorOptions? options = null) =>
        new(_context, sourceColumnName, labelColumnName, options);
}
