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
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(DllPath);
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
}
