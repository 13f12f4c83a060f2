using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SummEval.Documents;
using SummEval.Summarizers;

namespace SummEval.Summarizers.Exec;

/// <summary>
/// Runs any program as a summarizer: it reads JSON Lines <c>{"id","text","maxChars"}</c> on stdin and answers
/// each with a line <c>{"id","summary"}</c> on stdout. The program is started once and kept alive; a crash or
/// timeout fails only the document in flight, and the next document starts a fresh process.
/// </summary>
public sealed class ExecSummarizer : ISummarizer, IAsyncDisposable
{
    private const int StderrTailChars = 4000;
    private readonly ExecOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StringBuilder _stderr = new();
    private Process? _process;

    /// <summary>Creates the summarizer; the program starts on the first document.</summary>
    public ExecSummarizer(string name, ExecOptions options)
    {
        Name = name;
        _options = options;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public async Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        // One request at a time: the protocol is a single ordered stream.
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var fresh = _process is not { HasExited: false };
            var process = EnsureStarted();
            var allowed = fresh ? _options.Timeout + _options.StartupTimeout : _options.Timeout;
            var request = new JsonObject { ["id"] = document.Id, ["text"] = document.Source, ["maxChars"] = options.MaxChars };
            try
            {
                await process.StandardInput.WriteLineAsync(request.ToJsonString().AsMemory(), cancellationToken).ConfigureAwait(false);
                await process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw Fail($"could not write document '{document.Id}' to the program (it has exited?)", ex);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(allowed);
            while (true)
            {
                string? line;
                try
                {
                    line = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw Fail(fresh
                        ? $"no answer for document '{document.Id}' within {allowed.TotalSeconds:0.#} s (the first document after a start: timeout + startupTimeout)"
                        : $"no answer for document '{document.Id}' within {allowed.TotalSeconds:0.#} s");
                }

                if (line is null)
                {
                    throw Fail($"the program closed its output before answering document '{document.Id}'");
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var (id, summary) = ParseAnswer(line);
                if (id != document.Id)
                {
                    throw Fail($"expected an answer for document '{document.Id}' but got one for '{id}' (answers must come in request order)");
                }

                return new SummaryResult(summary);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes the program's stdin, gives it a moment to exit, then kills it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await StopAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private (string Id, string Summary) ParseAnswer(string line)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException ex)
        {
            throw Fail($"its output line is not JSON: {Shorten(line)}", ex);
        }

        var id = node?["id"];
        var summary = node?["summary"];
        if (node is not JsonObject || id is null || summary is null)
        {
            throw Fail($"its output line lacks \"id\" or \"summary\": {Shorten(line)}");
        }

        var idText = id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : id.ToJsonString();
        return summary.GetValueKind() == JsonValueKind.String
            ? (idText, summary.GetValue<string>())
            : throw Fail($"\"summary\" must be a string: {Shorten(line)}");
    }

    private Process EnsureStarted()
    {
        if (_process is { HasExited: false })
        {
            return _process;
        }

        _process?.Dispose();
        lock (_stderr)
        {
            _stderr.Clear();
        }

        var psi = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", _options.Command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", "exec " + _options.Command } };
        psi.RedirectStandardInput = true;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.StandardInputEncoding = new UTF8Encoding(false);
        psi.StandardOutputEncoding = Encoding.UTF8;
        psi.StandardErrorEncoding = Encoding.UTF8;
        psi.UseShellExecute = false;
        psi.WorkingDirectory = _options.WorkingDirectory ?? Environment.CurrentDirectory;
        psi.Environment["PYTHONUNBUFFERED"] = "1";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";

        var process = new Process { StartInfo = psi };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
                if (_stderr.Length > 2 * StderrTailChars)
                {
                    _stderr.Remove(0, _stderr.Length - StderrTailChars);
                }
            }
        };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            throw new InvalidOperationException($"exec summarizer: could not start '{_options.Command}': {ex.Message}", ex);
        }

        process.BeginErrorReadLine();
        _process = process;
        return process;
    }

    private InvalidOperationException Fail(string what, Exception? inner = null)
    {
        // The process is in an unknown state after a failure; the next document gets a fresh one. Stopping it
        // first also lets the asynchronous stderr reader drain, so the tail below is complete.
        var exitCode = StopAsync().AsTask().GetAwaiter().GetResult();
        var exited = exitCode is { } code ? $" The program exited with code {code}." : string.Empty;
        string tail;
        lock (_stderr)
        {
            tail = _stderr.ToString().TrimEnd();
        }

        if (tail.Length > StderrTailChars)
        {
            tail = "..." + tail[^StderrTailChars..];
        }

        var message = $"exec summarizer '{_options.Command}': {what}.{exited}" +
            (tail.Length > 0 ? $"\nIts stderr:\n{tail}" : " It wrote nothing to stderr.");
        return new InvalidOperationException(message, inner);
    }

    /// <summary>Stops the program; returns its exit code when it ended by itself or failed on closing stdin.</summary>
    private async ValueTask<int?> StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return null;
        }

        try
        {
            var endedByItself = process.HasExited;
            var killed = false;
            if (!endedByItself)
            {
                process.StandardInput.Close();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    killed = true;
                }
            }

            // Waiting without a timeout also waits for the redirected stderr to reach end of file.
            await process.WaitForExitAsync().ConfigureAwait(false);
            var code = process.ExitCode;
            return endedByItself || (!killed && code != 0) ? code : null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            return null; // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    private static string Shorten(string line) => line.Length <= 200 ? line : line[..200] + "...";
}
