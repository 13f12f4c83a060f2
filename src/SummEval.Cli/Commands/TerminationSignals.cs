using System.Runtime.InteropServices;

namespace SummEval.Cli.Commands;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM while a command runs: the command is cancelled and given a grace period to keep what it
/// finished and say so, and the signal that came decides the exit code (130 or 143). System.CommandLine's own handling
/// cancels too, but cannot tell the command which signal it was.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    // System.CommandLine's default: long enough to store the results in hand, short enough for someone at the keyboard.
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(2);

    // Neither is disposed: a handler already running as the command ends may still use them.
    private readonly CancellationTokenSource _cancellation = new();
    private readonly CancellationTokenSource _ended = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received; // the first signal's PosixSignal value (all non-zero), 0 until one comes

    public TerminationSignals() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>The first signal that came, or null.</summary>
    public PosixSignal? Received => Volatile.Read(ref _received) is var signal and not 0 ? (PosixSignal)signal : null;

    /// <summary>The command has ended: the grace period, if running, is not waited out.</summary>
    public void Dispose()
    {
        _ended.Cancel();
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _received, (int)context.Signal, 0) != 0)
        {
            End(); // a second signal: the user insists
        }

        _cancellation.Cancel();
        _ = EndAfterGracePeriodAsync();
    }

    // A command that does not observe cancellation, or takes too long to stop, is ended wherever it is.
    private async Task EndAfterGracePeriodAsync()
    {
        try
        {
            await Task.Delay(GracePeriod, _ended.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        End();
    }

    private void End()
    {
        Console.Error.WriteLine("summeval: cancelled without waiting for the command to stop.");
        Environment.Exit(ErrorReporter.CancelledExitCode(Received));
    }
}
