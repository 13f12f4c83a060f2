namespace SummEval.Summarizers;

/// <summary>A throttled summarizer's current state: the concurrency limit, requests in flight and requests per second.</summary>
/// <param name="Concurrency">The current limit on requests in flight.</param>
/// <param name="InFlight">Requests in flight now.</param>
/// <param name="RequestsPerSecond">Completed requests per second over the last few seconds.</param>
/// <param name="Adaptive">True when the limit adapts to the server (<c>concurrency=auto</c>).</param>
public readonly record struct Throughput(int Concurrency, int InFlight, double RequestsPerSecond, bool Adaptive);
