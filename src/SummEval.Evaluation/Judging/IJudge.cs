namespace SummEval.Judging;

/// <summary>
/// A model that rates summaries. Implementations cache answers by (model, rubric version, source, summary) and throw
/// a clear exception when a request fails; a malformed answer is returned as it is (the caller records it).
/// </summary>
public interface IJudge
{
    /// <summary>The judge model's name, shown next to judged scores.</summary>
    string Model { get; }

    /// <summary>Asks the judge about one summary.</summary>
    Task<JudgeReply> AskAsync(JudgeRequest request, CancellationToken cancellationToken);
}
