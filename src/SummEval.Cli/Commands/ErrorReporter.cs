namespace SummEval.Cli.Commands;

/// <summary>
/// Turns an exception that escaped a command into a message a user can act on: the message alone for
/// SummEval's own errors (bad input, bad spec, missing file), the type too for anything unexpected, and the
/// stack trace only when <c>SUMMEVAL_DEBUG=1</c>.
/// </summary>
internal static class ErrorReporter
{
    /// <summary>Exit code for user errors (bad input, bad arguments).</summary>
    public const int UserError = 2;

    /// <summary>Exit code for unexpected failures.</summary>
    public const int InternalError = 3;

    public static int Report(Exception ex)
    {
        if (ex is OperationCanceledException)
        {
            Console.Error.WriteLine("summeval: cancelled.");
            return 130;
        }

        var expected = IsUserError(ex);
        Console.Error.WriteLine(expected ? $"summeval: {ex.Message}" : $"summeval: unexpected {ex.GetType().Name}: {ex.Message}");
        if (Environment.GetEnvironmentVariable("SUMMEVAL_DEBUG") == "1")
        {
            Console.Error.WriteLine(ex);
        }
        else if (!expected)
        {
            Console.Error.WriteLine("(set SUMMEVAL_DEBUG=1 for the stack trace)");
        }

        return expected ? UserError : InternalError;
    }

    private static bool IsUserError(Exception ex) =>
        ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or UnauthorizedAccessException
        || ex.GetType().Namespace?.StartsWith("SummEval", StringComparison.Ordinal) == true;
}
