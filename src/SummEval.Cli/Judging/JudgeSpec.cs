using Microsoft.Extensions.AI;
using SummEval.Cli.Summarizers;
using SummEval.OpenAI.Chat;
using SummEval.OpenAI.Resilience;
using SummEval.Summarizers;

namespace SummEval.Cli.Judging;

/// <summary>
/// <c>--judge SPEC</c>: a chat summarizer spec (<c>openai-chat:model=..,endpoint=..,apiKey=..</c>) whose connection
/// settings (model, endpoint, key, cache, concurrency, network retries, timeout, prices) make the judge; its prompt,
/// temperature and length policy are not used (the rubric is fixed and the judge samples at temperature 0).
/// </summary>
internal static class JudgeSpec
{
    /// <summary>Creates the judge, or throws <see cref="SummarizerSpecException"/> naming what is wrong.</summary>
    public static ChatJudge Create(string text, SummarizerCatalog catalog)
    {
        var (arguments, settings) = Read(text, catalog);
        var connection = OpenAIParameters.Connection(arguments);
        var client = connection.CreateClient().GetChatClient(settings.Model).AsIChatClient();
        return new ChatJudge(
            client,
            new JudgePricing(settings.Model, settings.Prices, OpenAIParameters.Cache(arguments), connection.Endpoint.ToString()),
            settings.Concurrency,
            (e, ct) => OpenAIRequestException.From(e, settings.Model, connection, ct));
    }

    /// <summary>
    /// What a dry run needs of the judge, its prices and cache, checked like <see cref="Create"/> but with no API key
    /// asked for: a missing key is reported in <see cref="JudgePricing.MissingRequirement"/>.
    /// </summary>
    public static JudgePricing Price(string text, SummarizerCatalog catalog)
    {
        var (arguments, settings) = Read(text, catalog);
        var endpoint = OpenAIParameters.Endpoint(arguments);
        return new JudgePricing(settings.Model, settings.Prices, OpenAIParameters.Cache(arguments), endpoint.ToString())
        {
            MissingRequirement = OpenAIParameters.MissingKey(arguments),
        };
    }

    private static (SummarizerArguments Arguments, ModelCallSettings Settings) Read(string text, SummarizerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var spec = SummarizerSpec.Parse(text);
        var factory = catalog.Resolve(spec);
        if (factory is not OpenAIChatSummarizerFactory)
        {
            throw new SummarizerSpecException($"--judge '{spec.Name}': a judge is a chat model spec such as openai-chat:model=gpt-4o-mini (any OpenAI-compatible endpoint=...).");
        }

        var arguments = SummarizerArguments.Bind(spec, factory.Parameters);
        if (OpenAIParameters.Batch(arguments) is not null)
        {
            // The judge asks as it goes; silently judging live under a batch spec would bill live prices unannounced.
            throw new SummarizerSpecException($"--judge '{spec.Name}': mode=batch is for summarizers; the judge calls the model live (drop mode=batch).");
        }

        return (arguments, OpenAIParameters.Settings(arguments));
    }
}
