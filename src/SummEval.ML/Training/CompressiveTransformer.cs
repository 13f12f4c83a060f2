using Microsoft.ML;
using Microsoft.ML.Data;
using SummEval.Compressive;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;

namespace SummEval.ML.Training;

/// <summary>
/// A fitted compressive summarizer: writes a summary column from the source column. Its <see cref="Model"/> is the
/// same model <c>summeval train compressive</c> writes; save it with <see cref="SaveModel"/> and load it with
/// <c>CompressiveModel.Load</c> or <c>summeval run -s compressive:model=PATH</c>.
/// </summary>
public sealed class CompressiveTransformer : ITransformer
{
    private readonly ITransformer _mapping;

    internal CompressiveTransformer(CompressiveSummarizer summarizer, TrainingReport report, ITransformer mapping)
    {
        Summarizer = summarizer;
        Report = report;
        _mapping = mapping;
    }

    /// <summary>The trained model.</summary>
    public CompressiveModel Model => Summarizer.Model;

    /// <summary>The summarizer built on the model, for use outside a pipeline.</summary>
    public CompressiveSummarizer Summarizer { get; }

    /// <summary>Held-out figures from training.</summary>
    public TrainingReport Report { get; }

    /// <inheritdoc />
    public bool IsRowToRowMapper => _mapping.IsRowToRowMapper;

    /// <summary>Writes the model container, byte for byte what <c>summeval train compressive --out</c> writes.</summary>
    public void SaveModel(Stream stream) => Model.Save(stream);

    /// <inheritdoc />
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema) => _mapping.GetOutputSchema(inputSchema);

    /// <inheritdoc />
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema) => _mapping.GetRowToRowMapper(inputSchema);

    /// <inheritdoc />
    public IDataView Transform(IDataView input) => _mapping.Transform(input);

    /// <summary>Not supported: the model is a SummEval model container, not an ML.NET model; use <see cref="SaveModel"/>.</summary>
    void ICanSaveModel.Save(ModelSaveContext ctx) =>
        throw new NotSupportedException("A compressive summarizer is saved with CompressiveTransformer.SaveModel (the summeval model container), not mlContext.Model.Save.");
}
