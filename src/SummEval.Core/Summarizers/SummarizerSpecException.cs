namespace SummEval.Summarizers;

/// <summary>A summarizer spec that cannot be parsed or validated; the message says what is valid.</summary>
public sealed class SummarizerSpecException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SummarizerSpecException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SummarizerSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
