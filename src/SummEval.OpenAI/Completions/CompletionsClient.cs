using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAI;
using SummEval.OpenAI.Resilience;

namespace SummEval.OpenAI.Completions;

/// <summary>A completion's text and token counts.</summary>
public sealed record CompletionResult(string Text, long InputTokens, long OutputTokens, string? FinishReason);

/// <summary>
/// Calls the legacy <c>/v1/completions</c> endpoint (which the SDK has no client for) through the OpenAI client's
/// own pipeline, so authentication, retries and timeouts are the SDK's.
/// </summary>
public sealed class CompletionsClient
{
    private readonly ClientPipeline _pipeline;
    private readonly Uri _uri;

    /// <summary>A client for <paramref name="connection"/>.</summary>
    public CompletionsClient(OpenAIConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _pipeline = connection.CreateClient().Pipeline;
        _uri = new Uri(connection.Endpoint.ToString().TrimEnd('/') + "/completions");
    }

    /// <summary>Requests one completion; non-success statuses throw <see cref="ClientResultException"/> after retries.</summary>
    public async Task<CompletionResult> CompleteAsync(
        string model, string prompt, float temperature, int? maxTokens, string? stop, CancellationToken cancellationToken)
    {
        var body = Body(model, prompt, temperature, maxTokens, stop);
        using var message = _pipeline.CreateMessage();
        message.ResponseClassifier = PipelineMessageClassifier.Create([200]);
        message.Request.Method = "POST";
        message.Request.Uri = _uri;
        message.Request.Headers.Set("Content-Type", "application/json");
        message.Request.Headers.Set("Accept", "application/json");
        message.Request.Content = BinaryContent.Create(BinaryData.FromString(body.ToJsonString()));
        var options = new RequestOptions { CancellationToken = cancellationToken };
        message.Apply(options);
        await _pipeline.SendAsync(message).ConfigureAwait(false);
        var response = message.Response!;
        if (response.IsError)
        {
            throw new ClientResultException(response);
        }

        return Parse(response.Content);
    }

    /// <summary>The request body of one completion (also a Batch API line's <c>body</c>).</summary>
    public static JsonObject Body(string model, string prompt, float temperature, int? maxTokens, string? stop)
    {
        var body = new JsonObject
        {
            ["model"] = model,
            ["prompt"] = prompt,
            ["temperature"] = temperature,
        };
        if (maxTokens is { } max)
        {
            body["max_tokens"] = max;
        }

        if (stop is not null)
        {
            body["stop"] = new JsonArray(stop);
        }

        return body;
    }

    /// <summary>Reads a completions response; throws <see cref="JsonException"/> when it is not one.</summary>
    public static CompletionResult Parse(BinaryData content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var document = JsonDocument.Parse(content);
        var root = document.RootElement;
        if (!root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
        {
            throw new JsonException("The completions response has no choices.");
        }

        var choice = choices[0];
        var text = choice.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : throw new JsonException("The completion has no text.");
        var finish = choice.TryGetProperty("finish_reason", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        long input = 0, output = 0;
        if (root.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
        {
            input = usage.TryGetProperty("prompt_tokens", out var p) ? p.GetInt64() : 0;
            output = usage.TryGetProperty("completion_tokens", out var c) ? c.GetInt64() : 0;
        }

        return new CompletionResult(text, input, output, finish);
    }
}
