namespace SummEval.Datasets;

/// <summary>One predicted summary for the document with <paramref name="Id"/>; an empty summary is valid.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Summary">The predicted summary text (may be empty).</param>
/// <param name="Line">1-based line it was read from (0 when not read from a file).</param>
public sealed record Prediction(string Id, string Summary, int Line = 0);
