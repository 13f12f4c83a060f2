namespace SummEval.Regression;

/// <summary>The figures the gate compares, named as in <c>leaderboard.json</c>, with their per-document values.</summary>
public static class RegressionMetrics
{
    /// <summary>The share of summaries within the budget.</summary>
    public const string Adherence = "adherence";

    /// <summary>The compared metrics in report order.</summary>
    public static IReadOnlyList<string> All { get; } = ["rouge1", "rouge2", "rougeL", Adherence];

    /// <summary>The per-document value of <paramref name="metric"/>: an F1, or 1/0 for within/over the budget.</summary>
    public static double Value(string metric, DocumentRecord document, int? maxChars)
    {
        ArgumentNullException.ThrowIfNull(document);
        return metric switch
        {
            "rouge1" => document.Rouge1,
            "rouge2" => document.Rouge2,
            "rougeL" => document.RougeL,
            Adherence => document.WithinBudget(maxChars) ? 1 : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "unknown metric"),
        };
    }

    /// <summary>How <paramref name="metric"/> is shown to people.</summary>
    public static string Display(string metric) => metric switch
    {
        "rouge1" => "ROUGE-1 F1",
        "rouge2" => "ROUGE-2 F1",
        "rougeL" => "ROUGE-L F1",
        Adherence => "adherence",
        _ => metric,
    };
}
