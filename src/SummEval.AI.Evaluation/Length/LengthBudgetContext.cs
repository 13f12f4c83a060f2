using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;

namespace SummEval.AI.Evaluation;

/// <summary>The length budget a <see cref="LengthAdherenceEvaluator"/> holds the model's response to.</summary>
public sealed class LengthBudgetContext : EvaluationContext
{
    /// <summary>The context's name, as it appears in MEAI reports.</summary>
    public const string BudgetContextName = "Length budget (characters)";

    /// <summary>A budget of <paramref name="maxChars"/> characters (Unicode code points, Python's <c>len()</c>).</summary>
    public LengthBudgetContext(int maxChars)
        : base(BudgetContextName, Positive(maxChars).ToString(CultureInfo.InvariantCulture))
    {
        MaxChars = maxChars;
    }

    /// <summary>The budget in characters.</summary>
    public int MaxChars { get; }

    private static int Positive(int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChars);
        return maxChars;
    }
}
