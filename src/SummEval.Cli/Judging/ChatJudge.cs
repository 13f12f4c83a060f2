using Microsoft.Extensions.AI;
using SummEval.Judging;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.Pricing;

namespace SummEval.Cli.Judging;

/// <summary>
/// A judge over any <see cref="IChatClient"/>: sends the rubric prompt at temperature 0, caches each answer by
/// (endpoint, judge model, rubric version, source, summary) and prices it; malformed answers are cached and returned
/// as they are, so a rerun reproduces the same verdicts without a request.
/// </summary>
internal sealed class ChatJudge : IJudge, IDisposable
{
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

    public async Task<JudgeReply> AskAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = ResponseCache.Key("judge", _scope, Model, request.RubricVersion, request.Source, request.Summary);
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

    public void Dispose()
    {
        _gate.Dispose();
        _cache?.Dispose();
    }
}
