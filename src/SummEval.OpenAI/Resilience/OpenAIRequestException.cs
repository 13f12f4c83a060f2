using System.ClientModel;
using System.Text.Json;
using SummEval.Text;

namespace SummEval.OpenAI.Resilience;

/// <summary>
/// A request that failed for a reason worth reporting per document (bad key, unknown model, content filter,
/// exhausted retries); its message says what to do and never contains the API key.
/// </summary>
public sealed class OpenAIRequestException : Exception
{
    /// <summary>A failure of the given kind.</summary>
    public OpenAIRequestException(OpenAIFailureKind kind, string message, int? status = null)
        : base(message)
    {
        Kind = kind;
        Status = status;
    }

    /// <summary>The kind of failure.</summary>
    public OpenAIFailureKind Kind { get; }

    /// <summary>The HTTP status, when there was a response.</summary>
    public int? Status { get; }

    /// <summary>
    /// Translates what the SDK or the pipeline threw into a clear failure; returns null for exceptions that are not
    /// request failures (e.g. the caller's own cancellation), which should propagate unchanged.
    /// </summary>
    public static OpenAIRequestException? From(Exception exception, string model, OpenAIConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(connection);
        var where = $"model '{model}' at {connection.Endpoint}";
        return exception switch
        {
            OpenAIRequestException known => known,
            // The SDK's retry policy gathers the exception of every failed try.
            AggregateException { InnerExceptions.Count: > 0 } all => From(all.InnerExceptions[^1], model, connection, cancellationToken),
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            ClientResultException { Status: 401 or 403 } e => new(OpenAIFailureKind.Unauthorized,
                $"The API rejected the key (HTTP {e.Status}) for {where}: check OPENAI_API_KEY.", e.Status),
            ClientResultException { Status: 404 } e => new(OpenAIFailureKind.UnknownModel,
                $"Unknown model or endpoint (HTTP 404) for {where}: check the model name (fine-tuned models look like ft:gpt-4o-mini:org::id).", e.Status),
            ClientResultException { Status: 429 } e => new(OpenAIFailureKind.RateLimited,
                $"Still rate-limited (HTTP 429) after {Quantity.Of(connection.MaxRetries, "retry", "retries")} for {where}; lower concurrency or try later.", e.Status),
            ClientResultException { Status: >= 500 } e => new(OpenAIFailureKind.ServerError,
                $"Server error (HTTP {e.Status}) after {Quantity.Of(connection.MaxRetries, "retry", "retries")} for {where}.", e.Status),
            ClientResultException { Status: 400 } e when connection.Redact(e.Message).Contains("content_filter", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("content management policy", StringComparison.OrdinalIgnoreCase) => new(OpenAIFailureKind.ContentFilter,
                $"The content filter refused the request (HTTP 400) for {where}.", e.Status),
            ClientResultException { Status: > 0 } e => new(OpenAIFailureKind.BadRequest,
                $"The API refused the request (HTTP {e.Status}) for {where}: {FirstLine(connection.Redact(e.Message))}", e.Status),
            ClientResultException or HttpRequestException or IOException or OperationCanceledException => new(OpenAIFailureKind.Network,
                $"No response from {where} after {Quantity.Of(connection.MaxRetries, "retry", "retries")} (timeout or dropped connection).", null),
            JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException => new(
                OpenAIFailureKind.MalformedResponse, $"Could not read the response from {where}: it is not the expected JSON.", null),
            _ => null,
        };
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] : line;
    }
}
