using SummEval.Summarizers;

namespace SummEval.Summarizers.Exec;

/// <summary>The <c>exec</c> summarizer kind: <c>exec:command=python3 my_summarizer.py[,timeout=60]</c>.</summary>
public sealed class ExecSummarizerFactory : ISummarizerFactory
{
    /// <inheritdoc/>
    public string Name => "exec";

    /// <inheritdoc/>
    public string Description =>
        "Any program: reads {\"id\",\"text\",\"maxChars\"} JSON lines on stdin, writes {\"id\",\"summary\"} lines on stdout.";

    /// <inheritdoc/>
    public IReadOnlyList<SummarizerParameter> Parameters { get; } =
    [
        new("command", ParameterKind.String, "the command line to start (run by the system shell)") { Required = true },
        new("timeout", ParameterKind.Number, "seconds one document may take", "60"),
        new("startupTimeout", ParameterKind.Number, "extra seconds a freshly started program may take for its first answer (model loading)", "120"),
        new("workdir", ParameterKind.Path, "working directory of the program (default: the current one)"),
    ];

    /// <inheritdoc/>
    public ISummarizer Create(SummarizerArguments arguments)
    {
        var timeout = arguments.GetDouble("timeout")!.Value;
        if (timeout <= 0)
        {
            throw new SummarizerSpecException("Summarizer 'exec': parameter 'timeout' must be a positive number of seconds.");
        }

        var command = arguments.GetString("command")!;
        var startup = arguments.GetDouble("startupTimeout")!.Value;
        if (startup < 0)
        {
            throw new SummarizerSpecException("Summarizer 'exec': parameter 'startupTimeout' must be zero or a positive number of seconds.");
        }

        var options = new ExecOptions(command, TimeSpan.FromSeconds(timeout), arguments.GetString("workdir")) { StartupTimeout = TimeSpan.FromSeconds(startup) };
        return new ExecSummarizer(new SummarizerSpec("exec", [new("command", command)]).ToString(), options);
    }
}
