using System.Text.Json.Nodes;
using SummEval.OpenAI.Caching;
using SummEval.OpenAI.Chat;
using SummEval.OpenAI.LengthPolicies;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Batch;

/// <summary>
/// A live OpenAI summarizer seen from batch mode: how one of its requests is written as a Batch API line and read back,
/// under the same cache key as live mode, and how to ask it live (the <c>batchFallback=live</c> path).
/// </summary>
internal interface IBatchableModel : ISummarizer, ICostEstimating, IDisposable
{
    /// <summary>What is sent and how answers are treated.</summary>
    ModelCallSettings Settings { get; }

    /// <summary>The response cache shared with live mode, or null.</summary>
    ResponseCache? Cache { get; }

    /// <summary>The Batch API endpoint of its requests (<c>/v1/chat/completions</c> or <c>/v1/completions</c>).</summary>
    string BatchEndpoint { get; }

    /// <summary>The cache key of the request for <paramref name="prompt"/> (also the batch line's <c>custom_id</c>).</summary>
    string RequestKey(string prompt);

    /// <summary>The request body for <paramref name="prompt"/>, as live mode sends it.</summary>
    JsonObject RequestBody(string prompt);

    /// <summary>Reads an answer body (a chat completion or completion); throws <see cref="Resilience.OpenAIRequestException"/> when it is a refusal.</summary>
    CachedResponse ReadAnswer(BinaryData body);

    /// <summary>Asks live (cached, priced at live prices).</summary>
    Task<ModelAnswer> AskAsync(string prompt, CancellationToken cancellationToken);
}
