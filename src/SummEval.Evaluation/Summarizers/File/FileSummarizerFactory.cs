using SummEval.Datasets;

namespace SummEval.Summarizers.File;

/// <summary>
/// The <c>file</c> summarizer kind: <c>file:path=predictions.jsonl</c> ranks precomputed predictions
/// (<c>{"id","summary"}</c> JSON Lines) next to live summarizers.
/// </summary>
public sealed class FileSummarizerFactory : ISummarizerFactory
{
    /// <inheritdoc/>
    public string Name => "file";

    /// <inheritdoc/>
    public string Description =>
        "Precomputed predictions from a {\"id\",\"summary\"} JSON Lines file (published system outputs, other tools).";

    /// <inheritdoc/>
    public IReadOnlyList<SummarizerParameter> Parameters { get; } =
    [
        new("path", ParameterKind.Path, "the predictions file") { Required = true },
    ];

    /// <inheritdoc/>
    public IReadOnlyList<string> InputFiles(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.GetString("path") is { } path ? [path] : [];
    }

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var path = arguments.GetString("path")!;
        if (!System.IO.File.Exists(path))
        {
            throw new SummarizerSpecException($"Summarizer 'file': predictions file '{path}' does not exist.");
        }

        // Read eagerly so a malformed file fails the run before any work, naming its line and field.
        var predictions = PredictionsReader.ById(PredictionsReader.Read(path));
        return new FileSummarizer($"file:path={path}", path, predictions);
    }
}
