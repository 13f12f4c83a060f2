using SummEval.Documents;
using SummEval.Summarizers;

namespace SummEval.Evaluation.Tests.Runs;

/// <summary>
/// A test summarizer that counts its calls and disposals, returns the first characters of the source, fails on
/// chosen ids, and can run an action on the Nth call (e.g. cancel the run).
/// </summary>
public sealed class CountingSummarizer : ISummarizer, IDisposable
{
    private int _calls;
    private int _completed;
    private int _disposals;
    private readonly ManualResetEventSlim _triggered = new();

    public string Name => "counting";

    public int Calls => _calls;

    /// <summary>Calls that returned a summary: a call stopped by cancellation while it waited is counted in <see cref="Calls"/> only.</summary>
    public int Completed => _completed;

    public int Disposals => _disposals;

    public HashSet<string> FailOn { get; init; } = [];

    public string? FailureMessage { get; init; }

    public int TriggerAt { get; init; } = -1;

    public Action? Trigger { get; init; }

    public List<Document> Seen { get; } = [];

    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        var n = Interlocked.Increment(ref _calls);
        lock (Seen)
        {
            Seen.Add(document);
        }

        if (n == TriggerAt)
        {
            Trigger?.Invoke();
            _triggered.Set();
        }
        else if (Trigger is not null && n > TriggerAt)
        {
            // Later calls wait for the trigger: the Nth call's thread can be descheduled between its count and its
            // trigger, and the other workers would finish every document meanwhile (seen in CI: 200 calls, 200 stored).
            _triggered.Wait(cancellationToken);
        }

        if (FailOn.Contains(document.Id))
        {
            throw new InvalidOperationException(FailureMessage ?? $"cannot summarize {document.Id}");
        }

        Interlocked.Increment(ref _completed);
        return Task.FromResult(new SummaryResult(SummEval.Text.TextLength.Truncate(document.Source, options.MaxChars ?? int.MaxValue)));
    }

    public void Dispose() => Interlocked.Increment(ref _disposals);
}
