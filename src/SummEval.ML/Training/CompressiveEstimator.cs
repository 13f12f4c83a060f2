using Microsoft.ML;
using SummEval.Compressive;
using SummEval.Compressive.Features;
using SummEval.Compressive.Training;
using SummEval.Jieba.Keywords;
using SummEval.ML.Evaluation;
using SummEval.ML.Summarization;

namespace SummEval.ML.Training;

/// <summary>
/// <c>mlContext.Summarization.Trainers.Compressive</c>: trains SummEval's compressive summarizer through the trainer's
/// public entry point (<see cref="CompressiveTrainer.Train"/>), so a model fitted here equals the one
/// <c>summeval train compressive</c> makes from the same pairs and options.
/// </summary>
public sealed class CompressiveEstimator : IEstimator<CompressiveTransformer>
{
    private readonly MLContext _context;
    private readonly string _sourceColumnName;
    private readonly string _labelColumnName;
    private readonly CompressiveEstimatorOptions _options;

    internal CompressiveEstimator(MLContext context, string sourceColumnName, string labelColumnName, CompressiveEstimatorOptions? options)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceColumnName);
        ArgumentException.ThrowIfNullOrEmpty(labelColumnName);
        _context = context;
        _sourceColumnName = sourceColumnName;
        _labelColumnName = labelColumnName;
        _options = options ?? new CompressiveEstimatorOptions();
    }

    /// <summary>Trains on the (source, first reference) pairs of <paramref name="input"/>; rows without a reference are skipped, as the CLI does.</summary>
    public CompressiveTransformer Fit(IDataView input)
    {
        var pairs = SummaryPairReader.Read(input, _labelColumnName, _sourceColumnName)
            .Where(p => p.References.Count > 0)
            .Select(p => new TrainingPair(p.Candidate, p.References[0]))
            .ToList();
        var idf = TfidfKeywordExtractor.Default.Idf;
        // The metadata records the data as the CLI does (pair count and hash, not a name or path), so the bytes match.
        var data = TrainingSet.Describe([new TrainingSet(_options.TrainingDataName, pairs)]);
        var (model, report) = CompressiveTrainer.Train(pairs, _options.Training, DocumentAnalyzer.Default, idf, data);
        var summarizer = new CompressiveSummarizer(model, DocumentAnalyzer.Default, idf);
        var mapping = Mapping(SummarizeMapping.With(summarizer, _options.MaxChars)).Fit(input);
        return new CompressiveTransformer(summarizer, report, mapping);
    }

    /// <inheritdoc />
    public SchemaShape GetOutputSchema(SchemaShape inputSchema) =>
        Mapping(static _ => throw new InvalidOperationException("Fit the estimator first.")).GetOutputSchema(inputSchema);

    private IEstimator<ITransformer> Mapping(Func<string, string> summarize) =>
        SummarizeMapping.Create(_context, _options.OutputColumnName, _sourceColumnName, summarize);
}
