using SummEval.OpenAI.Chat;
using SummEval.OpenAI.Completions;
using SummEval.Summarizers;
using static SummEval.OpenAI.Tests.OpenAITestContext;

namespace SummEval.OpenAI.Tests.Pricing;

/// <summary>The estimators a dry run makes from a spec alone estimate exactly as the summarizers would.</summary>
public sealed class SpecCostEstimatorTests
{
    public static TheoryData<string, bool> Specs => new()
    {
        { "openai-chat", false },
        { "openai-chat", true },
        { "openai-completions", false },
        { "openai-completions", true },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Estimates_as_the_summarizer_does_cache_included_and_sends_nothing(string name, bool batch)
    {
        await using var ctx = new OpenAITestContext();
        ISummarizerFactory factory = name == "openai-chat" ? new OpenAIChatSummarizerFactory() : new OpenAICompletionsSummarizerFactory();
        var model = name == "openai-chat" ? "" : "model=ft:babbage-002:acme::x1";
        var spec = string.Join(',', new[] { model, batch ? "mode=batch" : "" }.Where(p => p.Length > 0));
        var documents = Docs(3);
        var options = SummaryOptions.WithBudget(20);

        // One answer in the cache (asked live; batch mode shares the cache): it costs nothing more.
        var live = factory.Create(ctx.Arguments(factory, model, cache: true));
        await live.SummarizeAsync(documents[0], options);
        await SummarizerDisposal.DisposeAsync(live);
        var summarizer = factory.Create(ctx.Arguments(factory, spec, cache: true));
        var expected = ((ICostEstimating)summarizer).Estimate(documents, options);
        await SummarizerDisposal.DisposeAsync(summarizer);
        var sent = ctx.Server.Requests.Count;

        using var estimator = ((ICostEstimatingFactory)factory).CreateEstimator(ctx.Arguments(factory, spec, cache: true));
        Assert.Equal(expected, estimator.Estimate(documents, options));
        Assert.Equal(1, expected.CachedDocuments);
        Assert.Equal(batch, estimator.Batch);
        Assert.Null(estimator.MissingRequirement); // the spec gives apiKey=...
        Assert.Equal(sent, ctx.Server.Requests.Count);
    }
}
