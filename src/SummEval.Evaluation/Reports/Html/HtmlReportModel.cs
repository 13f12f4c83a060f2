namespace SummEval.Reports.Html;

/// <summary>
/// Everything <see cref="HtmlReportWriter"/> puts on the page, as plain strings and doubles so any run
/// pipeline can map its own results to it. Entries are ranked by the writer (ROUGE-L F1, oracles apart).
/// </summary>
/// <param name="Dataset">Display name of the dataset (e.g. <c>csl:test</c>).</param>
/// <param name="MaxChars">The length budget in characters, or null when the run had none.</param>
/// <param name="Count">Number of documents scored.</param>
/// <param name="Entries">One entry per summarizer, in any order.</param>
/// <param name="Documents">The per-document drill-down; may be empty; enumerated once, while the page is written (so it may be lazy).</param>
/// <param name="ConfidencePercent">Level of the F1 confidence intervals, in percent.</param>
/// <param name="OraclesRanked">True when the run ranks oracles with everyone else (they stay marked).</param>
public sealed record HtmlReportModel(
    string Dataset,
    int? MaxChars,
    int Count,
    IReadOnlyList<HtmlReportEntry> Entries,
    IEnumerable<HtmlReportDocument> Documents,
    int ConfidencePercent = 95,
    bool OraclesRanked = false);
