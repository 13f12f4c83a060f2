namespace SummEval.Summarizers;

/// <summary>
/// Ends a summarizer's life the way its type asks for (an <c>exec</c> program is stopped, an API client released):
/// <see cref="IAsyncDisposable"/> first, else <see cref="IDisposable"/>, else nothing.
/// </summary>
public static class SummarizerDisposal
{
    /// <summary>Disposes <paramref name="summarizer"/> if it holds resources; null is ignored.</summary>
    public static async ValueTask DisposeAsync(ISummarizer? summarizer)
    {
        switch (summarizer)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
