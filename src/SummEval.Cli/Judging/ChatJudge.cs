using Microsoft.Extensions.AI;
using SummEval.Judging;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.Pricing;
using SummEval.Summarizers;

namespace SummEval.Cli.Judging;

/// <summary>
/// A judge over any <see cref="IChatClient"/>: sends the rubric prompt at temperature 0, caches each answer by
/// (endpoint, judge model, rubric version, source, summary) and prices it; malformed answers are cached and returned
/// as they are, so a rerun reproduces the same verdicts without a request.
/// </summary>
internal sealed class ChatJudge : IJudge, IDisposable
{
    /// <summary>The answer the rubric asks for, with a one-sentence reason: what an estimate expects per request.</summary>
    internal const string TypicalAnswer = "{\"faithfulness\": 4, \"informativeness\": 3, \"reason\": \"摘要概括了研究对象和方法,但缺少主要结论。\"}";

    private readonly IChatClient _client;
    private readonly PriceTable _prices;
    private readonly ResponseCache? _cache;
    private readonly string _scope;
    private readonly Func<Exception, CancellationToken, Exception?> _translate;
    private readonly SemaphoreSlim _gate;
    private int _requests;

    public ChatJudge(IChatClient client, string model, PriceTable prices, ResponseCache? cache, string scope, int concurrency, Func<Exception, CancellationToken, Exception?>? translate = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        _client = client;
        Model = model;
        _prices = prices;
        _cache = cache;
        _scope = scope;
        _translate = translate ?? ((_, _) => null);
        _gate = new SemaphoreSlim(concurrency);
    }

    public string Model { get; }

    /// <summary>Requests sent to the model (cache hits excluded).</summary>
    public int Requests => Volatile.Read(ref _requests);

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
            if (_cache?.TryGet(Key(request)) is not null)
            {
                cached++;
                continue;
            }

            prompt += tokenizer.CountTokens(request.Prompt) + CostEstimator.ChatMessageOverhead;
            completion += answer;
        }

        // The judge always asks live: its "batch" figure is the live one, so a run's batch total stays a real total.
        var live = _prices.Price(Model, prompt, completion).CostUsd;
        return new CostEstimate(pairs.Count, cached, prompt, completion, live, live);
    }

    public async Task<JudgeReply> AskAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = Key(request);
        if (_cache?.TryGet(key) is { } hit)
        {
            return new JudgeReply(hit.Text, hit.InputTokens, hit.OutputTokens, _prices.Price(Model, hit.InputTokens, hit.OutputTokens).CostUsd, Cached: true);
        }

        ChatResponse response;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref _requests);
            response = await _client.GetResponseAsync(
                [new ChatMessage(ChatRole.User, request.Prompt)],
                new ChatOptions { ModelId = Model, Temperature = 0 },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (_translate(e, cancellationToken) is { } clear)
        {
            throw clear;
        }
        finally
        {
            _gate.Release();
        }

        var text = response.Text.Trim();
        var input = response.Usage?.InputTokenCount ?? 0;
        var output = response.Usage?.OutputTokenCount ?? 0;
        _cache?.Put(key, Model, new CachedResponse(text, input, output));
        return new JudgeReply(text, input, output, _prices.Price(Model, input, output).CostUsd, Cached: false);
    }

    private string Key(JudgeRequest request) => ResponseCache.Key("judge", _scope, Model, request.RubricVersion, request.Source, request.Summary);

    public void Dispose()
    {
        _gate.Dispose();
        _cache?.Dispose();
    }
}
