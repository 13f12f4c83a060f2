using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Jieba.Keywords;
using SummEval.Summarizers;

namespace SummEval.Compressive;

/// <summary>
/// Creates <see cref="CompressiveSummarizer"/> (<c>compressive</c>): the model from <c>model=PATH</c>, else the model
/// trained into the data folder, else the shipped model (trained on CSL train + CSL multi-domain dev); <c>penalty</c>, <c>cut</c> and <c>threshold</c> override the model's decoder settings.
/// </summary>
public sealed class CompressiveFactory : ISummarizerFactory
{
    /// <inheritdoc />
    public string Name => "compressive";

    /// <inheritdoc />
    public string Description => "Deletion-based compression: an ML.NET word classifier and a budgeted segment decoder.";

    /// <inheritdoc />
    public IReadOnlyList<SummarizerParameter> Parameters { get; } =
    [
        new("model", ParameterKind.Path, "Model file from `summeval train compressive`; default: the one trained into the data folder, else the shipped model (CSL train + multi-domain dev)."),
        new("penalty", ParameterKind.Number, "Cost of each kept segment (higher: fewer, longer fragments); default: the model's tuned value."),
        new("cut", ParameterKind.Number, "Cost of cutting into a phrase (starting after or ending before a likely word); default: the model's value."),
        new("threshold", ParameterKind.Number, "Keep probability a word must beat (lower: longer summaries); default: the model's tuned value."),
    ];

    /// <inheritdoc />
    /// <remarks>Without <c>model=</c>, the model trained into the data folder when there is one (the shipped one is part of the build).</remarks>
    public IReadOnlyList<string> InputFiles(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var path = arguments.GetString("model") ?? DefaultModel.CachePath();
        return File.Exists(path) ? [path] : [];
    }

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        CompressiveModel model;
        var path = arguments.GetString("model");
        try
        {
            model = path is null ? DefaultModel.Load() : CompressiveModel.Load(path);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or InvalidOperationException)
        {
            throw new SummarizerSpecException(e.Message, e);
        }

        var penalty = arguments.GetDouble("penalty");
        var cut = arguments.GetDouble("cut");
        var threshold = arguments.GetDouble("threshold");
        if (penalty is < 0)
        {
            throw new SummarizerSpecException($"compressive: penalty must be >= 0, got {penalty}.");
        }

        if (cut is < 0)
        {
            throw new SummarizerSpecException($"compressive: cut must be >= 0, got {cut}.");
        }

        if (penalty is not null || cut is not null || threshold is not null)
        {
            model = model.With(model.Metadata with
            {
                SegmentPenalty = penalty ?? model.Metadata.SegmentPenalty,
                CutPenalty = cut ?? model.Metadata.CutPenalty,
                Threshold = threshold ?? model.Metadata.Threshold,

                // Explicit decoder settings mean one decode with them, not a choice among the grid's.
                Selection = null,
            });
        }

        return new CompressiveSummarizer(model, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf);
    }
}
