using SummEval.Judging;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.Pricing;
using SummEval.Summarizers;

namespace SummEval.Cli.Judging;

/// <summary>
/// What judging costs, apart from judging: the judge model's prices, its response cache and each request's cache key.
/// A dry run uses it alone, so pricing the judge needs no API key; <see cref="ChatJudge"/> asks through one. Owns the
/// cache, whose entries are scoped by the endpoint so that different providers' answers stay apart.
/// </summary>
internal sealed class JudgePricing(string model, PriceTable prices, ResponseCache? cache, string scope) : IDisposable
{
    /// <summary>The answer the rubric asks for, with a one-sentence reason: what an estimate expects per request.</summary>
    internal const string TypicalAnswer = "{\"faithfulness\": 4, \"informativeness\": 3, \"reason\": \"摘要概括了研究对象和方法,但缺少主要结论。\"}";

    public string Model { get; } = string.IsNullOrWhiteSpace(model) ? throw new ArgumentException("A judge needs a model.", nameof(model)) : model;

    public PriceTable Prices { get; } = prices;

    public ResponseCache? Cache { get; } = cache;

    /// <summary>Why a real run could not ask the judge (no API key), or null; a dry run says so instead of failing.</summary>
    public string? MissingRequirement { get; init; }

    /// <summary>The cache key of <paramref name="request"/>: (endpoint, judge model, rubric version, source, summary).</summary>
    public string Key(JudgeRequest request) => ResponseCache.Key("judge", scope, Model, request.RubricVersion, request.Source, request.Summary);

    /// <summary>
    /// What judging these (source, summary) pairs would cost, sending nothing: the rubric prompt counted with the model's
    /// Tiktoken encoding, answers already in the cache left out, and one <see cref="TypicalAnswer"/> per request.
    /// </summary>
    public CostEstimate Estimate(IReadOnlyList<(string Source, string Summary)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var tokenizer = CostEstimator.TokenizerFor(Model);
        var answer = tokenizer.CountTokens(TypicalAnswer);
        int cached = 0;
        long prompt = 0, completion = 0;
        foreach (var (source, summary) in pairs)
        {
            var request = JudgeRequest.For(source, summary);
            if (Cache?.TryGet(Key(request)) is not null)
            {
                cached++;
                continue;
            }

            prompt += tokenizer.CountTokens(request.Prompt) + CostEstimator.ChatMessageOverhead;
            completion += answer;
        }

        // The judge always asks live: its "batch" figure is the live one, so a run's batch total stays a real total.
        var live = Prices.Price(Model, prompt, completion).CostUsd;
        return new CostEstimate(pairs.Count, cached, prompt, completion, live, live);
    }

    public void Dispose() => Cache?.Dispose();
}
