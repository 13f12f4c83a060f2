using SummEval.Datasets;
using SummEval.Documents;

namespace SummEval.Summarizers.File;

/// <summary>
/// Serves a summary per document id from predictions read once. The budget is not applied: a precomputed
/// output is judged as it was published, and length adherence shows whether it kept the budget.
/// </summary>
public sealed class FileSummarizer : ISummarizer
{
    private readonly string _path;
    private readonly IReadOnlyDictionary<string, Prediction> _predictions;

    /// <summary>Creates the summarizer over predictions already read from <paramref name="path"/>.</summary>
    public FileSummarizer(string name, string path, IReadOnlyDictionary<string, Prediction> predictions)
    {
        Name = name;
        _path = path;
        _predictions = predictions;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>How many predictions the file holds.</summary>
    public int Count => _predictions.Count;

    /// <inheritdoc/>
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<SummaryResult>(cancellationToken);
        }

        return _predictions.TryGetValue(document.Id, out var prediction)
            ? Task.FromResult(new SummaryResult(prediction.Summary) { Cached = true })
            : Task.FromException<SummaryResult>(new KeyNotFoundException($"{_path} has no prediction for document '{document.Id}'."));
    }
}
