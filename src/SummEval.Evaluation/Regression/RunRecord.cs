using SummEval.Runs;

namespace SummEval.Regression;

/// <summary>
/// The per-document results of a run, from its <c>run.db</c> or from a committed baseline file: what the paired
/// regression check compares.
/// </summary>
/// <param name="Dataset">Display name of the dataset.</param>
/// <param name="DatasetChecksum">SHA-256 of the whole dataset (<see cref="DatasetFingerprint"/>).</param>
/// <param name="DatasetCount">Documents in the whole dataset.</param>
/// <param name="MaxChars">The length budget, or null.</param>
/// <param name="Rouge">The ROUGE settings, <c>TOKENIZER/REFERENCES</c> (e.g. <c>char/pooled</c>).</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Summarizers">The contestants of the run, in run order.</param>
public sealed record RunRecord(
    string Dataset,
    string DatasetChecksum,
    int DatasetCount,
    int? MaxChars,
    string Rouge,
    int Seed,
    IReadOnlyList<SummarizerRecord> Summarizers)
{
    /// <summary>The token level of <see cref="Rouge"/> (<c>char</c>, <c>word</c>, ...).</summary>
    public string Tokenization => Rouge.Split('/')[0];

    /// <summary>The reference mode of <see cref="Rouge"/> (<c>pooled</c> or <c>best</c>).</summary>
    public string ReferenceMode => Rouge.Contains('/', StringComparison.Ordinal) ? Rouge[(Rouge.IndexOf('/', StringComparison.Ordinal) + 1)..] : string.Empty;

    /// <summary>Reads the latest run's contestants and their scored documents from <paramref name="store"/>.</summary>
    public static RunRecord FromStore(RunStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var metadata = store.ReadMetadata() ?? throw new RunException($"{store.Path}: not a finished summeval run store (no run metadata).");
        var summarizers = new List<SummarizerRecord>();
        foreach (var (summarizer, oracle) in store.ReadContestants())
        {
            var outcomes = store.Read(summarizer).ToDictionary(o => o.DocumentId, StringComparer.Ordinal);
            var documents = new List<DocumentRecord>();
            foreach (var (position, score) in store.ReadScores(summarizer))
            {
                var outcome = outcomes.TryGetValue(score.Id, out var o) ? o : null;
                var failure = outcome is null ? "not run" : outcome.Failure;
                documents.Add(new DocumentRecord(
                    score.Id,
                    position,
                    failure is null ? outcome!.Summary : string.Empty,
                    score.Chars,
                    score.Rouge.Rouge1.F1,
                    score.Rouge.Rouge2.F1,
                    score.Rouge.RougeL.F1,
                    failure));
            }

            summarizers.Add(new SummarizerRecord(summarizer, oracle, documents));
        }

        return new RunRecord(metadata.Dataset, metadata.DatasetChecksum, metadata.DatasetCount, metadata.MaxChars, metadata.Rouge, metadata.Seed, summarizers);
    }
}
