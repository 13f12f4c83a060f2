namespace SummEval.Reports.Html;

/// <summary>One document of the drill-down: its text, its references and what each summarizer made of it.</summary>
/// <param name="Id">Document id, unique within the report.</param>
/// <param name="Source">The source text.</param>
/// <param name="References">The reference summaries.</param>
/// <param name="Summaries">One per summarizer (matched to entries by spec); a summarizer may be missing.</param>
public sealed record HtmlReportDocument(
    string Id,
    string Source,
    IReadOnlyList<string> References,
    IReadOnlyList<HtmlDocumentSummary> Summaries);
