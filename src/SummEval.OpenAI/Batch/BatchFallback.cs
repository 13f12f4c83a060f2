namespace SummEval.OpenAI.Batch;

/// <summary>What batch mode does with requests a batch left unanswered (expired, cancelled, failed lines).</summary>
public enum BatchFallback
{
    /// <summary>Send them again in a new batch (up to <see cref="BatchSettings.Retries"/> times).</summary>
    Batch,

    /// <summary>Ask them live, at live prices.</summary>
    Live,
}
