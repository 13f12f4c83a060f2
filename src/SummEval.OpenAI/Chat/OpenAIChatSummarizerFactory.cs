using Microsoft.Extensions.AI;
using SummEval.OpenAI.Resilience;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Chat;

/// <summary>The <c>openai-chat</c> summarizer: a chat model behind any OpenAI-compatible endpoint.</summary>
public sealed class OpenAIChatSummarizerFactory : ISummarizerFactory, ICostEstimatingFactory
{
    /// <inheritdoc />
    public string Name => "openai-chat";

    /// <inheritdoc />
    public string Description => "Chat model (OpenAI or any compatible endpoint) prompted to summarize within the budget";

    /// <inheritdoc />
    public IReadOnlyList<SummarizerParameter> Parameters { get; } = OpenAIParameters.Common("gpt-4o-mini", PromptTemplate.Default);

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments)
    {
        var settings = OpenAIParameters.Settings(arguments);
        var connection = OpenAIParameters.Connection(arguments);
        var chat = connection.CreateClient().GetChatClient(settings.Model).AsIChatClient();
        var live = new ChatSummarizer(
            chat,
            settings,
            OpenAIParameters.Cache(arguments),
            connection.Endpoint.ToString(),
            (e, ct) => OpenAIRequestException.From(e, settings.Model, connection, ct),
            connection.Limiter);
        return OpenAIParameters.InMode(live, connection, arguments);
    }

    /// <inheritdoc />
    public ICostEstimator CreateEstimator(SummarizerArguments arguments)
    {
        var settings = OpenAIParameters.Settings(arguments);
        var scope = OpenAIParameters.Endpoint(arguments).ToString();
        return OpenAIParameters.Estimator(arguments, (cache, documents, options) => ChatSummarizer.Estimate(documents, options, settings, scope, cache));
    }
}
