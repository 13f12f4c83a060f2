namespace SummEval.Judging;

/// <summary>One question to a judge: the texts, the rubric version and the prompt made from them.</summary>
/// <param name="RubricVersion">The <see cref="JudgeRubric.Version"/> the prompt follows.</param>
/// <param name="Source">The source text.</param>
/// <param name="Summary">The summary to rate.</param>
/// <param name="Prompt">The full prompt sent to the model.</param>
public sealed record JudgeRequest(string RubricVersion, string Source, string Summary, string Prompt)
{
    /// <summary>The request of the current rubric for (<paramref name="source"/>, <paramref name="summary"/>).</summary>
    public static JudgeRequest For(string source, string summary) =>
        new(JudgeRubric.Version, source, summary, JudgeRubric.Prompt(source, summary));
}
