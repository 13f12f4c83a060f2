namespace SummEval.OpenAI.Tests.Fakes;

/// <summary>Failures the fake server can inject into the next model request.</summary>
public abstract record Fault
{
    public sealed record RateLimited(double RetryAfterSeconds) : Fault;

    public sealed record ServerError(int Status = 500) : Fault;

    public sealed record Slow(TimeSpan Delay) : Fault;

    public sealed record MalformedJson : Fault;

    public sealed record DropConnection : Fault;

    /// <summary>HTTP 400 with code content_filter (Azure-style refusal of the prompt).</summary>
    public sealed record ContentFilterRefusal : Fault;

    /// <summary>HTTP 200 with finish_reason content_filter (answer withheld).</summary>
    public sealed record ContentFilterFinish : Fault;
}
