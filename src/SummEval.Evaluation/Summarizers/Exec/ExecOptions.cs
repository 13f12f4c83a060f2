namespace SummEval.Summarizers.Exec;

/// <summary>How to start and talk to an external summarizer program.</summary>
/// <param name="Command">The command line, run by the system shell (<c>/bin/sh -c</c>, or <c>cmd /c</c> on Windows).</param>
/// <param name="Timeout">How long one document may take before the program is considered stuck.</param>
/// <param name="WorkingDirectory">The program's working directory; the current one when null.</param>
public sealed record ExecOptions(string Command, TimeSpan Timeout, string? WorkingDirectory = null)
{
    /// <summary>
    /// Extra time a freshly started program gets for its first answer: loading a model (a Hugging Face checkpoint,
    /// say) must not count against the per-document timeout.
    /// </summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(120);
}
