namespace SummEval.Runs;

/// <summary>
/// What a run has spent on paid requests so far, against its optional <c>--max-cost</c>; shared by the summarizing and
/// judging steps so one limit covers both. Thread-safe.
/// </summary>
internal sealed class CostMeter(decimal? max)
{
    private readonly Lock _gate = new();

    /// <summary>The limit in USD, or null for none.</summary>
    public decimal? Max { get; } = max;

    /// <summary>USD spent so far.</summary>
    public decimal Spent { get; private set; }

    /// <summary>True once <see cref="Spent"/> has reached <see cref="Max"/>.</summary>
    public bool Reached { get; private set; }

    /// <summary>Adds <paramref name="cost"/>; true once the total reaches the limit.</summary>
    public bool Add(decimal cost)
    {
        lock (_gate)
        {
            Spent += cost;
            Reached |= Spent >= Max;
            return Reached;
        }
    }
}
