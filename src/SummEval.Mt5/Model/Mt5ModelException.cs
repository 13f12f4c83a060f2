namespace SummEval.Mt5.Model;

/// <summary>
/// A model folder that cannot be used: a missing file, a layout that is not Optimum's, or a model of another
/// architecture. The message names the folder or file and what was expected.
/// </summary>
public sealed class Mt5ModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Mt5ModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public Mt5ModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
