using Microsoft.Extensions.AI;

namespace SummEval.OpenAI.Tests.Chat;

/// <summary>A non-OpenAI IChatClient: answers with the prompt's second line.</summary>
internal sealed class EchoChatClient : IChatClient
{
    public string? LastModel { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        LastModel = options?.ModelId;
        var text = messages.Last().Text.Split('\n')[^1];
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { Usage = new UsageDetails { InputTokenCount = 7, OutputTokenCount = 3 } });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
