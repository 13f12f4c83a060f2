namespace SummEval.Reports.Html;

/// <summary>One summarizer's output for one document with its sentence-level ROUGE F1 scores.</summary>
/// <param name="Spec">The spec of the entry that produced it.</param>
/// <param name="Summary">The summary, or null when the summarizer failed on this document.</param>
/// <param name="Rouge1F1">ROUGE-1 F1 against the references.</param>
/// <param name="Rouge2F1">ROUGE-2 F1.</param>
/// <param name="RougeLF1">ROUGE-L F1.</param>
/// <param name="Error">Why it failed, when <paramref name="Summary"/> is null (shown as is; keep secrets out).</param>
public sealed record HtmlDocumentSummary(
    string Spec,
    string? Summary,
    double Rouge1F1,
    double Rouge2F1,
    double RougeLF1,
    string? Error = null)
{
    /// <summary>UTF-16 ranges (start, length) of the summary's characters absent from the source, marked in the drill-down.</summary>
    public IReadOnlyList<(int Start, int Length)> NovelRanges { get; init; } = [];

    /// <summary>The judge's verdict on this summary as one line (scores and reason, or the failure), when judged.</summary>
    public string? Judgment { get; init; }
}
