using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SummEval.Testing;

/// <summary>
/// A minimal HTTP/1.1 file server on 127.0.0.1 and an ephemeral port, serving one folder's files by name (404
/// otherwise), for testing downloads without the network. It records the paths requested.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _root;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackHttpServer(string root)
    {
        _root = root;
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Where the folder is served, with a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Request paths received, in order.</summary>
    public List<string> Requests { get; } = [];

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends by cancellation.
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var header = new StringBuilder();
            var buffer = new byte[1];
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer) == 1)
            {
                header.Append((char)buffer[0]);
            }

            var parts = header.ToString().Split(' ');
            var path = parts.Length > 1 ? Uri.UnescapeDataString(parts[1].TrimStart('/')) : string.Empty;
            lock (Requests)
            {
                Requests.Add("/" + path);
            }

            var file = Path.Combine(_root, path);
            var ok = path.Length > 0 && !path.Contains("..", StringComparison.Ordinal) && File.Exists(file);
            var body = ok ? await File.ReadAllBytesAsync(file) : Encoding.ASCII.GetBytes("not found");
            var head = $"HTTP/1.1 {(ok ? "200 OK" : "404 Not Found")}\r\nContent-Length: {body.Length}\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body);
        }
    }
}
