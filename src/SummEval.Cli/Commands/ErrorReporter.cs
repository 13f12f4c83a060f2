using System.Runtime.InteropServices;

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

    /// <summary>Exit code after SIGINT (Ctrl+C): 128 + 2, as shells report a process the signal ended.</summary>
    public const int Interrupted = 130;

    /// <summary>Exit code after SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>
    /// Prints <paramref name="ex"/> and returns the exit code. A cancellation by a <paramref name="signal"/> says what the
    /// command kept, if it kept anything (<see cref="CommandCancelledException"/>), and exits with the signal's code; a
    /// cancellation no signal caused (a download's timeout) is a failure, reported with its own message. Written to
    /// <paramref name="error"/>, standard error by default.
    /// </summary>
    public static int Report(Exception ex, PosixSignal? signal = null, TextWriter? error = null)
    {
        error ??= Console.Error;
        if (ex is OperationCanceledException && signal is null && ex is not CommandCancelledException)
        {
            // "cancelled." with 130 would blame the user for what was a timeout.
            error.WriteLine($"summeval: stopped before it finished: {ex.Message}");
            return InternalError;
        }

        if (ex is OperationCanceledException)
        {
            error.WriteLine(ex is CommandCancelledException kept ? $"summeval: cancelled: {kept.Message}" : "summeval: cancelled.");
            return CancelledExitCode(signal);
        }

        var expected = IsUserError(ex);
        error.WriteLine(expected ? $"summeval: {ex.Message}" : $"summeval: unexpected {ex.GetType().Name}: {ex.Message}");
        if (Environment.GetEnvironmentVariable("SUMMEVAL_DEBUG") == "1")
        {
            error.WriteLine(ex);
        }
        else if (!expected)
        {
            error.WriteLine("(set SUMMEVAL_DEBUG=1 for the stack trace)");
        }

        return expected ? UserError : InternalError;
    }

    /// <summary>The exit code of a command cancelled by <paramref name="signal"/> (130 when it is unknown, as for Ctrl+C).</summary>
    public static int CancelledExitCode(PosixSignal? signal) => signal == PosixSignal.SIGTERM ? Terminated : Interrupted;

    private static bool IsUserError(Exception ex) =>
        ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or UnauthorizedAccessException
        || ex.GetType().Namespace?.StartsWith("SummEval", StringComparison.Ordinal) == true;
}
