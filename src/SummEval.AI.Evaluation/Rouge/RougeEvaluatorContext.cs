using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace SummEval.AI.Evaluation;

/// <summary>The reference summaries a <see cref="RougeEvaluator"/> compares the model's response with.</summary>
public sealed class RougeEvaluatorContext : EvaluationContext
{
    /// <summary>The context's name, as it appears in MEAI reports.</summary>
    public const string ReferencesContextName = "References (ROUGE)";

    /// <summary>One or more references; several are pooled as ROUGE-1.5.5 does.</summary>
    public RougeEvaluatorContext(IEnumerable<string> references)
        : this(Validated(references))
    {
    }

    private RougeEvaluatorContext(string[] references)
        : base(ReferencesContextName, references.Select(r => (AIContent)new TextContent(r)))
    {
        References = references;
    }

    /// <summary>The references.</summary>
    public IReadOnlyList<string> References { get; }

    private static string[] Validated(IEnumerable<string> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var array = references.ToArray();
        return array.Length == 0 || array.Any(r => r is null)
            ? throw new ArgumentException("ROUGE needs at least one reference, and none may be null.", nameof(references))
            : array;
    }
}
