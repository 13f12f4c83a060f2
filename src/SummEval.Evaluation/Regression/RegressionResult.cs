namespace SummEval.Regression;

/// <summary>The outcome of comparing a current run with a baseline: every figure, the per-document explanation and the problems that fail the gate.</summary>
/// <param name="Dataset">The dataset's display name.</param>
/// <param name="MaxChars">The budget.</param>
/// <param name="PerDocument">True for a paired comparison; false when the baseline is a plain leaderboard (corpus figures only).</param>
/// <param name="SharedDocuments">Documents both runs scored (per-document), or the leaderboards' count.</param>
/// <param name="BaselineDocuments">Documents the baseline scored.</param>
/// <param name="CurrentDocuments">Documents the current run scored.</param>
/// <param name="Options">The rule, tolerances and significance level used.</param>
/// <param name="Figures">Every compared figure, summarizer by summarizer in baseline order, then new summarizers.</param>
/// <param name="Changes">Per summarizer present in both runs, regressed ones first.</param>
/// <param name="Problems">One line per reason the gate fails.</param>
public sealed record RegressionResult(
    string Dataset,
    int? MaxChars,
    bool PerDocument,
    int SharedDocuments,
    int BaselineDocuments,
    int CurrentDocuments,
    RegressionOptions Options,
    IReadOnlyList<RegressionFigure> Figures,
    IReadOnlyList<SummarizerChanges> Changes,
    IReadOnlyList<string> Problems)
{
    /// <summary>True when the gate fails.</summary>
    public bool Failed => Problems.Count > 0;

    /// <summary>Problems that belong to no figure (runs that differ in dataset, size or budget).</summary>
    public IReadOnlyList<string> GeneralProblems => Problems.Where(p => !Figures.Any(f => f.Regressed && f.Message == p)).ToList();

    /// <summary>The rule in words, for page headers and logs.</summary>
    public string RuleDescription => PerDocument
        ? Options.FailOn == FailRule.Significant
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fail on a drop larger than the tolerance ({Options.Tolerance} ROUGE, {Options.AdherenceTolerance} adherence) whose {100 * (1 - Options.Alpha):0.##} % paired bootstrap interval excludes zero")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fail on any drop larger than the tolerance ({Options.Tolerance} ROUGE, {Options.AdherenceTolerance} adherence); paired {100 * (1 - Options.Alpha):0.##} % intervals shown")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"corpus-level comparison only (the baseline is a plain leaderboard.json, no per-document data): fail on any drop larger than {Options.Tolerance}");
}
