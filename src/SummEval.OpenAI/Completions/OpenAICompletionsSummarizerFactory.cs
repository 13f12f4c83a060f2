using SummEval.OpenAI.Chat;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Completions;

/// <summary>The <c>openai-completions</c> summarizer, for fine-tuned babbage-002/davinci-002 models.</summary>
public sealed class OpenAICompletionsSummarizerFactory : ISummarizerFactory, ICostEstimatingFactory
{
    /// <inheritdoc />
    public string Name => "openai-completions";

    /// <inheritdoc />
    public string Description => "Completion model (e.g. a fine-tuned babbage-002) with the ' ->' separator and newline stop";

    /// <inheritdoc />
    public IReadOnlyList<SummarizerParameter> Parameters { get; } = OpenAIParameters.Common("babbage-002", CompletionFormat.DefaultPrompt);

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments)
    {
        var connection = OpenAIParameters.Connection(arguments);
        return OpenAIParameters.InMode(new CompletionsSummarizer(connection, OpenAIParameters.Settings(arguments), OpenAIParameters.Cache(arguments)), connection, arguments);
    }

    /// <inheritdoc />
    public ICostEstimator CreateEstimator(SummarizerArguments arguments)
    {
        var settings = OpenAIParameters.Settings(arguments);
        var endpoint = OpenAIParameters.Endpoint(arguments);
        return OpenAIParameters.Estimator(arguments, (cache, documents, options) => CompletionsSummarizer.Estimate(documents, options, settings, endpoint, cache));
    }
}
