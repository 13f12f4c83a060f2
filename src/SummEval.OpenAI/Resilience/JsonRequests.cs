using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json.Nodes;

namespace SummEval.OpenAI.Resilience;

/// <summary>
/// JSON requests to API routes the SDK has no stable client for (fine-tuning jobs, batches: its clients are
/// experimental, OPENAI001), sent through the SDK client's own pipeline so authentication, retries, timeouts and the
/// rate limiter are the SDK's.
/// </summary>
public sealed class JsonRequests
{
    private readonly Uri _endpoint;
    private readonly ClientPipeline _pipeline;

    /// <summary>Requests to <paramref name="connection"/> over <paramref name="pipeline"/> (the pipeline of a client it created).</summary>
    public JsonRequests(OpenAIConnection connection, ClientPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(pipeline);
        _endpoint = connection.Endpoint;
        _pipeline = pipeline;
    }

    /// <summary>Sends one request to <paramref name="relative"/> (under the endpoint); a non-200 answer throws <see cref="ClientResultException"/>.</summary>
    public async Task<BinaryData> SendAsync(string method, string relative, JsonObject? body, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        message.ResponseClassifier = PipelineMessageClassifier.Create([200]);
        message.Request.Method = method;
        message.Request.Uri = new Uri(_endpoint.ToString().TrimEnd('/') + "/" + relative);
        message.Request.Headers.Set("Accept", "application/json");
        if (body is not null)
        {
            message.Request.Headers.Set("Content-Type", "application/json");
            message.Request.Content = BinaryContent.Create(BinaryData.FromString(body.ToJsonString()));
        }

        message.Apply(new RequestOptions { CancellationToken = cancellationToken });
        await _pipeline.SendAsync(message).ConfigureAwait(false);
        var response = message.Response!;
        if (response.IsError)
        {
            throw new ClientResultException(response);
        }

        return BinaryData.FromBytes(response.Content.ToArray());
    }
}
