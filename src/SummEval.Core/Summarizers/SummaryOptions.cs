namespace SummEval.Summarizers;

/// <summary>Per-request options: above all the length budget the summary must keep.</summary>
public sealed record SummaryOptions
{
    /// <summary>No budget, seed 0.</summary>
    public static SummaryOptions Default { get; } = new();

    /// <summary>
    /// The length budget in characters (Unicode code points, see <see cref="Text.TextLength"/>);
    /// null means unconstrained. A negative budget is rejected here, once for every summarizer (textrank reported it as
    /// a "budget ('-4')" from deep inside its selection).
    /// </summary>
    public int? MaxChars
    {
        get;
        init
        {
            if (value is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxChars), value, "the budget cannot be negative: give a number of characters, or none for no budget.");
            }

            field = value;
        }
    }

    /// <summary>Seed for any randomness, so that runs are reproducible.</summary>
    public int Seed { get; init; }

    /// <summary>Options with the given budget.</summary>
    public static SummaryOptions WithBudget(int? maxChars) => new() { MaxChars = maxChars };
}
