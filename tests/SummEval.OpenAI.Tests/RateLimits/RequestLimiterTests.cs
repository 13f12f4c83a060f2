using SummEval.OpenAI.RateLimits;
using SummEval.OpenAI.Tests.Fakes;
using SummEval.Summarizers;
using static SummEval.OpenAI.Tests.OpenAITestContext;

namespace SummEval.OpenAI.Tests.RateLimits;

public sealed class RequestLimiterTests
{
    private static readonly RateLimitHeaders None = new(null, null, null);

    [Fact]
    public async Task Auto_grows_by_about_one_per_round_while_every_slot_is_used_and_halves_once_per_round_on_429()
    {
        var limiter = RequestLimiter.Auto(initial: 4);
        // More demand than slots: 16 workers sharing a limit of 4, 10 requests each.
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var lease = await limiter.AcquireAsync(CancellationToken.None);
                await Task.Yield();
                limiter.Complete(lease, 200, None);
            }
        })));

        // 160 successes, most with every slot taken: about one more per round of `limit` requests.
        Assert.InRange(limiter.Limit, 8, 20);
        var before = limiter.Limit;
        var sent = new List<RequestLease>();
        for (var i = 0; i < before; i++)
        {
            sent.Add(await limiter.AcquireAsync(CancellationToken.None));
        }

        // All of them were sent at the old limit: only the first 429 halves it.
        foreach (var lease in sent)
        {
            limiter.Complete(lease, 429, None);
        }

        Assert.Equal(before / 2, limiter.Limit);
        var next = await limiter.AcquireAsync(CancellationToken.None);
        limiter.Complete(next, 503, None);
        Assert.Equal(Math.Max(1, before / 4), limiter.Limit);
    }

    [Fact]
    public async Task Auto_does_not_grow_when_the_limit_is_not_in_use()
    {
        var limiter = RequestLimiter.Auto(initial: 4);
        for (var i = 0; i < 100; i++)
        {
            limiter.Complete(await limiter.AcquireAsync(CancellationToken.None), 200, None);
        }

        Assert.Equal(4, limiter.Limit);
    }

    [Fact]
    public async Task Fixed_never_adapts_and_never_lets_more_through()
    {
        var limiter = RequestLimiter.Fixed(2);
        var a = await limiter.AcquireAsync(CancellationToken.None);
        var b = await limiter.AcquireAsync(CancellationToken.None);
        var third = limiter.AcquireAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(third.IsCompleted);
        limiter.Complete(a, 429, None);
        var c = await third.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, limiter.Limit);
        limiter.Complete(b, 200, None);
        limiter.Complete(c, 200, None);
        Assert.False(limiter.Snapshot().Adaptive);
    }

    [Fact]
    public async Task Retry_After_holds_every_new_request()
    {
        var limiter = RequestLimiter.Auto();
        var lease = await limiter.AcquireAsync(CancellationToken.None);
        limiter.Complete(lease, 429, new RateLimitHeaders(TimeSpan.FromMilliseconds(300), null, null));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        limiter.Complete(await limiter.AcquireAsync(CancellationToken.None), 200, None);
        Assert.InRange(clock.Elapsed.TotalMilliseconds, 250, 5000);
    }

    [Fact]
    public async Task An_exhausted_request_budget_spaces_requests_by_its_refill_interval()
    {
        var limiter = RequestLimiter.Auto();
        var lease = await limiter.AcquireAsync(CancellationToken.None);
        // 10 requests per 1 s window, none left: one comes back every 100 ms.
        limiter.Complete(lease, 200, new RateLimitHeaders(null, new RateLimitBudget(10, 0, TimeSpan.FromSeconds(1)), null));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var leases = new List<RequestLease>();
        for (var i = 0; i < 4; i++)
        {
            leases.Add(await limiter.AcquireAsync(CancellationToken.None));
        }

        Assert.InRange(clock.Elapsed.TotalMilliseconds, 250, 5000);
    }

    [Fact]
    public async Task A_cancelled_waiter_gives_up_its_place()
    {
        var limiter = RequestLimiter.Fixed(1);
        var held = await limiter.AcquireAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        limiter.Complete(held, 200, None);
        var again = await limiter.AcquireAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        limiter.Complete(again, 200, None);
        Assert.Equal(0, limiter.Snapshot().InFlight);
    }

    [Theory]
    [InlineData("20ms", 0.02)]
    [InlineData("1s", 1)]
    [InlineData("6m0s", 360)]
    [InlineData("1h2m3.5s", 3723.5)]
    [InlineData("0.5", 0.5)]
    public void Reset_durations_are_read_in_OpenAIs_format(string text, double seconds) =>
        Assert.Equal(seconds, RateLimitHeaders.ParseDuration(text)!.Value.TotalSeconds, 6);

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5x")]
    public void Unreadable_durations_are_ignored(string text) => Assert.Null(RateLimitHeaders.ParseDuration(text));

    [Fact]
    public void Headers_are_read_with_retry_after_ms_first()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["retry-after-ms"] = "250",
            ["Retry-After"] = "1",
            ["x-ratelimit-limit-requests"] = "500",
            ["x-ratelimit-remaining-requests"] = "0",
            ["x-ratelimit-reset-requests"] = "120ms",
            ["x-ratelimit-remaining-tokens"] = "12000",
        };
        var headers = RateLimitHeaders.Read(n => values.GetValueOrDefault(n), DateTimeOffset.UtcNow);
        Assert.Equal(TimeSpan.FromMilliseconds(250), headers.RetryAfter);
        Assert.Equal(new RateLimitBudget(500, 0, TimeSpan.FromMilliseconds(120)), headers.Requests);
        Assert.Equal(TimeSpan.FromMilliseconds(120) / 500, headers.Requests!.RefillInterval);
        Assert.Equal(12000, headers.Tokens!.Remaining);
    }

    [Fact]
    public async Task Auto_keeps_up_with_a_token_bucket_and_no_document_fails()
    {
        await using var ctx = new OpenAITestContext();
        ctx.Server.RateLimit = new TokenBucket(ratePerSecond: 50, capacity: 5);
        ctx.Server.ResponseDelay = TimeSpan.FromMilliseconds(20);
        var summarizer = ctx.Chat();
        var results = await Task.WhenAll(Docs(150).Select(d => summarizer.SummarizeAsync(d, SummaryOptions.WithBudget(20))));
        Assert.All(results, r => Assert.Equal(10, r.Text.Length));
        var answered = ctx.Server.AnsweredTimes.Order().ToArray();
        var rate = (answered.Length - 1) / (answered[^1] - answered[0]).TotalSeconds;
        // 150 requests last 3 s, so the ramp from 4 in flight weighs on the mean and a loaded CI machine (test
        // assemblies run side by side on 2 cores) measured 38/s: this checks the limiter tracks the bucket (60 % of it,
        // never above it); the 80 % over 500 documents is OpenAIRunTests' figure, where the ramp is amortised.
        Assert.True(rate is >= 30 and <= 65, $"rate {rate:0.0}/s, {ctx.Server.RateLimit.Rejected} rejected, limit {((IRequestThrottled)summarizer).Throughput}");
        Assert.True(((IRequestThrottled)summarizer).Throughput.Adaptive);
    }
}
