using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SummEval.Text;

namespace SummEval.OpenAI.Tests.Fakes;

/// <summary>One request the fake server saw.</summary>
public sealed record FakeRequest(string Method, string Path, string Body, string? Authorization);

/// <summary>
/// A small OpenAI-compatible HTTP server on 127.0.0.1 (ephemeral port) for tests: chat completions, completions,
/// files and fine-tuning jobs, answering deterministically from the request, with injectable faults.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly ConcurrentQueue<int> _replyLengths = new();
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly FakeFiles _files = new();
    private readonly FakeFineTuning _fineTuning;
    private int _inFlight;
    private int _maxInFlight;

    public FakeOpenAIServer(string apiKey = "sk-fake-test-key")
    {
        ApiKey = apiKey;
        _fineTuning = new FakeFineTuning(_files);
        Batches = new FakeBatches(_files, (chat, request) => Answer(chat, request, filtered: false));
        // HttpListener needs a concrete port: take a free ephemeral one from the OS.
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        _loop = Task.Run(AcceptLoopAsync);
    }

    public string ApiKey { get; }

    public int Port { get; }

    /// <summary>The base URL clients use (like OPENAI_BASE_URL).</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    /// <summary>Summary length (code points) when no per-call length is queued.</summary>
    public int DefaultReplyLength { get; set; } = 10;

    /// <summary>Delay added to every model request (to observe concurrency).</summary>
    public TimeSpan ResponseDelay { get; set; } = TimeSpan.Zero;

    /// <summary>When set, the chat answer for a prompt (e.g. a judge's verdict); null falls back to the summary.</summary>
    public Func<string, string?>? ChatReply { get; set; }
    /// <summary>A request rate limit on model requests (429 with real headers when exceeded), or none.</summary>
    public TokenBucket? RateLimit { get; set; }

    /// <summary>
    /// Counts tokens for the usage it reports (as OpenAI does: a chat message costs its content plus 4, a reply 3 more);
    /// null counts code points.
    /// </summary>
    public Func<string, int>? UsageTokenizer { get; set; }

    /// <summary>Arrival times of model requests answered 200.</summary>
    public ConcurrentQueue<DateTimeOffset> AnsweredTimes { get; } = new();

    /// <summary>Every request, in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    /// <summary>Model requests (chat and completions) received, including faulted ones.</summary>
    public int ModelRequests => _requests.Count(r => r.Path.EndsWith("/completions", StringComparison.Ordinal));

    /// <summary>The most model requests that were in progress at once.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Arrival times of model requests, for backoff checks.</summary>
    public ConcurrentQueue<DateTimeOffset> ModelRequestTimes { get; } = new();

    internal FakeFineTuning FineTuning => _fineTuning;

    /// <summary>The Batch API: lifecycle, failures, and the batches created.</summary>
    public FakeBatches Batches { get; }

    /// <summary>Files uploaded (and written by batches): id, name, purpose.</summary>
    public IReadOnlyList<(string Id, string Name, string Purpose)> Files => _files.All;

    internal static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Enqueue(params Fault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>Lengths of the next summaries, one per model request.</summary>
    public void EnqueueReplyLengths(params int[] lengths)
    {
        foreach (var length in lengths)
        {
            _replyLengths.Enqueue(length);
        }
    }

    /// <summary>The deterministic summary for a prompt: the first <paramref name="length"/> code points of its document.</summary>
    public static string SummaryOf(string prompt, int length)
    {
        // The document is the prompt's second line (the tutorial's template); else the whole prompt.
        var lines = prompt.Split('\n');
        var source = lines.Length > 1 ? lines[1] : lines[0];
        source = source.EndsWith(" ->", StringComparison.Ordinal) ? source[..^3] : source;
        var builder = new StringBuilder();
        while (TextLength.Chars(builder.ToString()) < length)
        {
            builder.Append(source.Length == 0 ? "摘" : source);
        }

        return TextLength.Truncate(builder.ToString(), length);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _listener.Close();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            var request = context.Request;
            string body;
            byte[] raw;
            using (var buffer = new MemoryStream())
            {
                await request.InputStream.CopyToAsync(buffer);
                raw = buffer.ToArray();
                body = Encoding.UTF8.GetString(raw);
            }

            var path = request.Url!.AbsolutePath;
            _requests.Enqueue(new FakeRequest(request.HttpMethod, path, body, request.Headers["Authorization"]));
            if (request.Headers["Authorization"] != "Bearer " + ApiKey)
            {
                // Like OpenAI, the message echoes the key it got: clients must not pass it on.
                await WriteJsonAsync(context, 401, Error($"Incorrect API key provided: {request.Headers["Authorization"]}", "invalid_api_key"));
                return;
            }

            if (path.EndsWith("/events", StringComparison.Ordinal) && _fineTuning.TakeEventDrop())
            {
                await DropAsync(context);
                return;
            }

            if (path.EndsWith("/chat/completions", StringComparison.Ordinal) || path.EndsWith("/completions", StringComparison.Ordinal))
            {
                await ModelRequestAsync(context, path.EndsWith("/chat/completions", StringComparison.Ordinal), body);
                return;
            }

            var parts = path.Trim('/').Split('/');
            var route = parts.Length > 1 ? parts[1] : string.Empty;
            var (status, json, text) = (route switch
            {
                "files" => _files.Handle(request.HttpMethod, parts, request.ContentType, raw),
                "batches" => Batches.Handle(request.HttpMethod, parts, raw),
                _ => null,
            }) ?? _fineTuning.Handle(request.HttpMethod, path, request.Url.Query, raw);
            if (text is not null)
            {
                await WriteAsync(context, status, "application/octet-stream", text);
            }
            else
            {
                await WriteJsonAsync(context, status, json!);
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
        }
    }

    private async Task ModelRequestAsync(HttpListenerContext context, bool chat, string body)
    {
        ModelRequestTimes.Enqueue(DateTimeOffset.UtcNow);
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay);
            }

            if (RateLimit is { } bucket && !bucket.TryTake(context.Response.Headers))
            {
                await WriteJsonAsync(context, 429, Error("Rate limit reached for requests", "rate_limit_exceeded"));
                return;
            }

            // An unknown model is refused before any queued fault is served, so concurrent summarizers on
            // other models get the faults a test queued for them, whatever the interleaving.
            var request = JsonNode.Parse(body)!.AsObject();
            var model = (string?)request["model"] ?? "";
            if (model.StartsWith("unknown", StringComparison.Ordinal))
            {
                await WriteJsonAsync(context, 404, Error($"The model `{model}` does not exist or you do not have access to it.", "model_not_found"));
                return;
            }

            var fault = _faults.TryDequeue(out var f) ? f : null;
            switch (fault)
            {
                case Fault.RateLimited r:
                    context.Response.Headers["Retry-After"] = r.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                    await WriteJsonAsync(context, 429, Error("Rate limit reached", "rate_limit_exceeded"));
                    return;
                case Fault.ServerError s:
                    await WriteJsonAsync(context, s.Status, Error("The server had an error", "server_error"));
                    return;
                case Fault.Slow s:
                    await Task.Delay(s.Delay);
                    break;
                case Fault.MalformedJson:
                    await WriteAsync(context, 200, "application/json", "{\"id\": \"x\", \"choices\": [ {\"message\": ");
                    return;
                case Fault.DropConnection:
                    await DropAsync(context);
                    return;
                case Fault.ContentFilterRefusal:
                    await WriteJsonAsync(context, 400, Error("The response was filtered due to the prompt triggering content management policy.", "content_filter"));
                    return;
            }

            var (_, response) = Answer(chat, request, filtered: fault is Fault.ContentFilterFinish);
            AnsweredTimes.Enqueue(DateTimeOffset.UtcNow);
            await WriteJsonAsync(context, 200, response);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>
    /// The stub answer to one model request body (live or a batch line): 404 for models named <c>unknown*</c>, else the
    /// deterministic summary with usage.
    /// </summary>
    private (int Status, JsonObject Body) Answer(bool chat, JsonObject request, bool filtered)
    {
        var model = (string?)request["model"] ?? "";
        if (model.StartsWith("unknown", StringComparison.Ordinal))
        {
            return (404, Error($"The model `{model}` does not exist or you do not have access to it.", "model_not_found"));
        }

        var prompt = chat
            ? string.Join("\n", request["messages"]!.AsArray().Select(m => (string?)m!["content"]))
            : (string)request["prompt"]!;
        var length = _replyLengths.TryDequeue(out var l) ? l : DefaultReplyLength;
        var summary = (chat ? ChatReply?.Invoke(prompt) : null) ?? SummaryOf(prompt, length);
        var finish = filtered ? "content_filter" : "stop";
        var promptTokens = UsageTokenizer is { } count
            ? chat ? request["messages"]!.AsArray().Sum(m => count((string?)m!["content"] ?? "") + 4) + 3 : count(prompt)
            : TextLength.Chars(prompt);
        var completionTokens = UsageTokenizer?.Invoke(summary) ?? TextLength.Chars(summary);
        var usage = new JsonObject
        {
            ["prompt_tokens"] = promptTokens,
            ["completion_tokens"] = completionTokens,
            ["total_tokens"] = promptTokens + completionTokens,
        };
        JsonObject response = chat
            ? new JsonObject
            {
                ["id"] = "chatcmpl-fake",
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = model,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = filtered ? "" : summary },
                    ["finish_reason"] = finish,
                }),
                ["usage"] = usage,
            }
            : new JsonObject
            {
                ["id"] = "cmpl-fake",
                ["object"] = "text_completion",
                ["created"] = 1_700_000_000,
                ["model"] = model,
                // A real model starts with the space the training completions had; "stop" already cut at "\n".
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["text"] = " " + summary, ["finish_reason"] = finish }),
                ["usage"] = usage,
            };
        return (200, response);
    }

    private static async Task DropAsync(HttpListenerContext context)
    {
        // Promise a body, send part of it, then cut the connection (HttpListener's Abort alone may still answer
        // with an empty 200).
        context.Response.StatusCode = 200;
        context.Response.ContentLength64 = 1000;
        await context.Response.OutputStream.WriteAsync("{\"id\":"u8.ToArray());
        await context.Response.OutputStream.FlushAsync();
        context.Response.Abort();
    }

    internal static JsonObject Error(string message, string code) =>
        new() { ["error"] = new JsonObject { ["message"] = message, ["type"] = "invalid_request_error", ["code"] = code } };

    private static Task WriteJsonAsync(HttpListenerContext context, int status, JsonNode json) =>
        WriteAsync(context, status, "application/json", json.ToJsonString(JsonOptions));

    private static async Task WriteAsync(HttpListenerContext context, int status, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
