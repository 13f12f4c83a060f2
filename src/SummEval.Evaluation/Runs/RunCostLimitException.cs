using System.Globalization;

namespace SummEval.Runs;

/// <summary>A run stopped because what it spent reached <c>--max-cost</c>; every summary (and judgment) finished before is stored.</summary>
public sealed class RunCostLimitException : Exception
{
    /// <summary>Creates the exception for a run that spent <paramref name="spent"/> of <paramref name="max"/> USD while summarizing.</summary>
    public RunCostLimitException(decimal max, decimal spent, string store)
        : this(max, spent, store, "summaries")
    {
    }

    /// <summary>As above; <paramref name="finished"/> names what was finished and stored ("summaries and judgments").</summary>
    public RunCostLimitException(decimal max, decimal spent, string store, string finished)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"stopped: this run spent {spent:0.######} USD, reaching --max-cost {max:0.######}. The {finished} finished are stored in {store}; rerun with a higher --max-cost to continue."))
    {
        Max = max;
        Spent = spent;
    }

    /// <summary>The limit.</summary>
    public decimal Max { get; }

    /// <summary>What the run spent before stopping.</summary>
    public decimal Spent { get; }
}
