using Microsoft.Extensions.AI;
using SummEval.Judging;
using SummEval.OpenAI.Caching;

namespace SummEval.Cli.Judging;

/// <summary>
/// A judge over any <see cref="IChatClient"/>: sends the rubric prompt at temperature 0, caches each answer by
/// (endpoint, judge model, rubric version, source, summary) and prices it (see <see cref="JudgePricing"/>); malformed
/// answers are cached and returned as they are, so a rerun reproduces the same verdicts without a request.
/// </summary>
internal sealed class ChatJudge : IJudge, IDisposable
{
    private readonly IChatClient _client;
    private readonly Func<Exception, CancellationToken, Exception?> _translate;
    private readonly SemaphoreSlim _gate;
    private int _requests;

    public ChatJudge(IChatClient client, JudgePricing pricing, int concurrency, Func<Exception, CancellationToken, Exception?>? translate = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        _client = client;
        Pricing = pricing;
        _translate = translate ?? ((_, _) => null);
        _gate = new SemaphoreSlim(concurrency);
    }

    /// <summary>Its prices, cache and estimates (owned: disposed with the judge).</summary>
    public JudgePricing Pricing { get; }

    public string Model => Pricing.Model;

    /// <summary>Requests sent to the model (cache hits excluded).</summary>
    public int Requests => Volatile.Read(ref _requests);

    public async Task<JudgeReply> AskAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = Pricing.Key(request);
        if (Pricing.Cache?.TryGet(key) is { } hit)
        {
            return new JudgeReply(hit.Text, hit.InputTokens, hit.OutputTokens, Pricing.Prices.Price(Model, hit.InputTokens, hit.OutputTokens).CostUsd, Cached: true);
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
        Pricing.Cache?.Put(key, Model, new CachedResponse(text, input, output));
        return new JudgeReply(text, input, output, Pricing.Prices.Price(Model, input, output).CostUsd, Cached: false);
    }

    public void Dispose()
    {
        _gate.Dispose();
        Pricing.Dispose();
    }
}
