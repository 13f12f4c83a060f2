using System.Runtime.InteropServices;
using SummEval.Cli.Commands;
using Xunit;

namespace SummEval.Cli.Tests.Commands;

public sealed class ErrorReporterTests
{
    [Theory]
    [InlineData(PosixSignal.SIGINT, 130)]
    [InlineData(PosixSignal.SIGTERM, 143)]
    public void A_signalled_cancellation_exits_with_the_signals_code(PosixSignal signal, int code)
    {
        using var error = new StringWriter();
        Assert.Equal(code, ErrorReporter.Report(new OperationCanceledException(), signal, error));
        Assert.Equal("summeval: cancelled.\n", error.ToString().ReplaceLineEndings("\n"));
    }

    // A download's timeout surfaces as a cancellation; "cancelled." with 130 would say the user stopped it.
    [Fact]
    public void A_cancellation_no_signal_caused_is_a_failure_with_its_message()
    {
        using var error = new StringWriter();
        var timeout = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 600 seconds elapsing.", new TimeoutException());
        Assert.Equal(ErrorReporter.InternalError, ErrorReporter.Report(timeout, signal: null, error));
        Assert.Equal("summeval: stopped before it finished: The request was canceled due to the configured HttpClient.Timeout of 600 seconds elapsing.\n", error.ToString().ReplaceLineEndings("\n"));
    }
}
