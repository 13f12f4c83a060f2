namespace SummEval.Runs;

/// <summary>A run that cannot go ahead as asked (bad shard, a store made for other data); the message says why.</summary>
public sealed class RunException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public RunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
