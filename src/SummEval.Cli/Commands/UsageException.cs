namespace SummEval.Cli.Commands;

/// <summary>Options that cannot go together, or that would destroy an input: reported as a user error (exit 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
