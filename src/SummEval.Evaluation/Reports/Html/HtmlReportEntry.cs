namespace SummEval.Reports.Html;

/// <summary>One summarizer's aggregate results: a leaderboard row plus the data behind its length histogram.</summary>
/// <param name="Spec">The full summarizer spec, which labels the entry (e.g. <c>textrank:similarity=bm25</c>).</param>
/// <param name="Oracle">True for oracles: shown, marked and kept out of the ranking.</param>
/// <param name="Rouge1">ROUGE-1 precision, recall, F1 and the F1 confidence interval.</param>
/// <param name="Rouge2">ROUGE-2 likewise.</param>
/// <param name="RougeL">ROUGE-L likewise; the ranking key.</param>
/// <param name="Adherence">Share of summaries within the budget, 0..1 (NaN when unknown).</param>
/// <param name="MeanChars">Mean summary length in characters.</param>
/// <param name="MedianChars">Median summary length in characters.</param>
/// <param name="P95Chars">95th percentile of summary length in characters.</param>
/// <param name="Failures">Documents on which the summarizer failed.</param>
/// <param name="LatencyP50Ms">Median latency per document in milliseconds (NaN when unknown).</param>
/// <param name="LatencyP95Ms">95th percentile latency per document in milliseconds (NaN when unknown).</param>
/// <param name="SummaryLengths">Length in characters of every summary produced, for the histogram.</param>
public sealed record HtmlReportEntry(
    string Spec,
    bool Oracle,
    HtmlRougeScore Rouge1,
    HtmlRougeScore Rouge2,
    HtmlRougeScore RougeL,
    double Adherence,
    double MeanChars,
    double MedianChars,
    double P95Chars,
    int Failures,
    double LatencyP50Ms,
    double LatencyP95Ms,
    IReadOnlyList<int> SummaryLengths)
{
    /// <summary>Extractiveness and novelty against the sources, when they were scored; shown as a column group apart from ROUGE.</summary>
    public HtmlNovelty? Novelty { get; init; }

    /// <summary>Judged faithfulness and informativeness, when a judge rated the summaries; shown as a column group apart from ROUGE.</summary>
    public HtmlJudged? Judged { get; init; }
}
