using System.ClientModel.Primitives;

namespace SummEval.OpenAI.RateLimits;

/// <summary>
/// A per-try pipeline policy: every HTTP attempt (retries included) takes a slot from the <see cref="RequestLimiter"/>
/// and reports its status and rate-limit headers back, so the limiter sees exactly what the server saw.
/// </summary>
public sealed class RequestLimiterPolicy(RequestLimiter limiter) : PipelinePolicy
{
    /// <inheritdoc />
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lease = limiter.AcquireAsync(message.CancellationToken).AsTask().GetAwaiter().GetResult();
        try
        {
            ProcessNext(message, pipeline, currentIndex);
        }
        finally
        {
            Report(lease, message);
        }
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lease = await limiter.AcquireAsync(message.CancellationToken).ConfigureAwait(false);
        try
        {
            await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
        }
        finally
        {
            Report(lease, message);
        }
    }

    private void Report(RequestLease lease, PipelineMessage message)
    {
        var response = message.Response;
        if (response is null)
        {
            limiter.Complete(lease, status: null, headers: null);
            return;
        }

        var headers = RateLimitHeaders.Read(name => response.Headers.TryGetValue(name, out var value) ? value : null, DateTimeOffset.UtcNow);
        limiter.Complete(lease, response.Status, headers);
    }
}
