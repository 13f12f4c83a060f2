namespace SummEval.Summarizers;

/// <summary>Per-request options: above all the length budget the summary must keep.</summary>
public sealed record SummaryOptions
{
    /// <summary>No budget, seed 0.</summary>
    public static SummaryOptions Default { get; } = new();

    /// <summary>
    /// The length budget in characters (Unicode code points, see <see cref="Text.TextLength"/>);
    /// null means unconstrained.
    /// </summary>
    public int? MaxChars { get; init; }

    /// <summary>Seed for any randomness, so that runs are reproducible.</summary>
    public int Seed { get; init; }

    /// <summary>Options with the given budget.</summary>
    public static SummaryOptions WithBudget(int? maxChars) => new() { MaxChars = maxChars };
}
