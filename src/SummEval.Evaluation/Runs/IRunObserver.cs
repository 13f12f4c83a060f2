using SummEval.Batches;
using SummEval.Summarizers;

namespace SummEval.Runs;

/// <summary>Told about a run's progress (progress bars, log lines). Calls come from several threads at once.</summary>
public interface IRunObserver
{
    /// <summary>A summarizer is about to run: <paramref name="total"/> documents, of which <paramref name="alreadyDone"/> were stored by an earlier run.</summary>
    void Planned(string summarizer, int total, int alreadyDone);

    /// <summary>One document is done (and will be stored); <paramref name="failure"/> is the error message when it failed.</summary>
    void Completed(string summarizer, string documentId, string? failure);

    /// <summary>A request-throttled summarizer's current concurrency and rate (after each of its documents).</summary>
    void Throughput(string summarizer, Throughput throughput)
    {
    }

    /// <summary>A batch summarizer's remote batch, at one poll.</summary>
    void Batch(string summarizer, BatchProgress progress)
    {
    }
}
