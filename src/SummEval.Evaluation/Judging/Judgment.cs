namespace SummEval.Judging;

/// <summary>
/// A judge's verdict on one summary, as stored in <c>run.db</c>: the scores and reason when the answer parsed, else the
/// failure; the raw answer is kept either way (null only when no answer came back).
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Judge">The judge model.</param>
/// <param name="Rubric">The rubric version.</param>
/// <param name="Faithfulness">1-5, or null on failure.</param>
/// <param name="Informativeness">1-5, or null on failure.</param>
/// <param name="Reason">The judge's one-line reason (empty on failure).</param>
/// <param name="Raw">The answer as received, or null when the request failed.</param>
/// <param name="Failure">Why there are no scores, or null.</param>
public sealed record Judgment(string DocumentId, string Judge, string Rubric, int? Faithfulness, int? Informativeness, string Reason, string? Raw, string? Failure)
{
    /// <summary>Tokens and cost of the request (cached answers report what they cost when first asked).</summary>
    public JudgeReply? Reply { get; init; }
}
