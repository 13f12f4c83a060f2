namespace SummEval.Regression;

/// <summary>What changed for one summarizer between the runs, document by document: the explanation of its figures.</summary>
/// <param name="Summarizer">The spec.</param>
/// <param name="Regressed">True when any of its figures fails the gate.</param>
/// <param name="Shared">Documents both runs scored.</param>
/// <param name="Changed">Shared documents whose summary differs.</param>
/// <param name="Lost">The shared documents whose ROUGE-L fell, most first (at most the report's limit).</param>
/// <param name="LostCount">How many shared documents lost ROUGE-L in all.</param>
/// <param name="NewFailures">Documents the summarizer failed on now but not in the baseline.</param>
/// <param name="NewViolations">Documents over the budget now but within it in the baseline.</param>
public sealed record SummarizerChanges(
    string Summarizer,
    bool Regressed,
    int Shared,
    int Changed,
    IReadOnlyList<DocumentChange> Lost,
    int LostCount,
    IReadOnlyList<DocumentChange> NewFailures,
    IReadOnlyList<DocumentChange> NewViolations);
