using System.Diagnostics;
using System.Text;

namespace SummEval.Cli.Tests;

/// <summary>What one <c>summeval</c> process printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the real <c>summeval</c> program (the built summeval.dll beside the tests) as a child process,
/// so end-to-end tests exercise argument parsing, exit codes and output exactly as a user sees them.
/// </summary>
public static class CliRunner
{
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "summeval.dll");

    public static async Task<CliResult> RunAsync(
        IEnumerable<string> args,
        string? stdin = null,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var psi = StartInfo("dotnet", [DllPath, .. args], workingDirectory, environment);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"summeval {string.Join(' ', args)} did not finish in time.");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync((IEnumerable<string>)args);

    /// <summary>
    /// Starts <c>summeval</c> without waiting, stdout and stderr redirected, for tests that signal or kill it. SIGINT and
    /// SIGTERM are reset to their defaults first, as a terminal has them: a test host started in the background inherits
    /// SIGINT ignored, and .NET then leaves it ignored.
    /// </summary>
    public static Process Start(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        const string defaults = "import os, signal, sys; [signal.signal(s, signal.SIG_DFL) for s in (signal.SIGINT, signal.SIGTERM)]; os.execvp(sys.argv[1], sys.argv[1:])";
        var psi = StartInfo("python3", ["-c", defaults, "dotnet", DllPath, .. args], workingDirectory, environment);
        psi.RedirectStandardInput = false;
        return Process.Start(psi)!;
    }

    /// <summary>Sends <paramref name="signal"/> (INT, TERM) to <paramref name="process"/>, as <c>kill -SIGNAL</c> does.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> args, string? workingDirectory, IReadOnlyDictionary<string, string?>? environment)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["CI"] = "true"; // plain log lines, no live progress widgets
        psi.Environment["NO_COLOR"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string?>())
        {
            if (v is null)
            {
                psi.Environment.Remove(k);
            }
            else
            {
                psi.Environment[k] = v;
            }
        }

        return psi;
    }
}
