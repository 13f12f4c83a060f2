namespace SummEval.Summarizers;

/// <summary>
/// A summarizer that bounds its own requests in flight (e.g. an API client with a rate limiter): a run may hand it up
/// to <see cref="MaxConcurrency"/> documents at once, beyond the run's CPU-bound concurrency, and shows its throughput.
/// </summary>
public interface IRequestThrottled
{
    /// <summary>The most requests it will ever have in flight; the run keeps at most this many of its documents pending.</summary>
    int MaxConcurrency { get; }

    /// <summary>Its current concurrency limit and achieved request rate.</summary>
    Throughput Throughput { get; }
}
