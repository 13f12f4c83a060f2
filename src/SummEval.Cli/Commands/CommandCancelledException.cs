namespace SummEval.Cli.Commands;

/// <summary>
/// A command stopped by a signal that kept part of its work: the message says what was kept and how to go on (e.g.
/// "rerunning the same command resumes"), so only commands for which that is true throw it.
/// </summary>
internal sealed class CommandCancelledException(string kept, OperationCanceledException cancellation)
    : OperationCanceledException(kept, cancellation, cancellation.CancellationToken);
