using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SummEval.OpenAI.Tests.Fakes;

/// <summary>
/// The <c>/v1/files</c> part of <see cref="FakeOpenAIServer"/>: multipart upload (as the SDK sends it), retrieve and
/// content, shared by fine-tuning jobs and batches.
/// </summary>
internal sealed class FakeFiles
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Name, string Purpose, byte[] Content)> _files = [];
    private int _nextId;

    /// <summary>Every file's id, name and purpose, in upload order.</summary>
    public IReadOnlyList<(string Id, string Name, string Purpose)> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _files.Select(f => (f.Key, f.Value.Name, f.Value.Purpose))];
            }
        }
    }

    /// <summary>Handles a files route; null when the route is not a files route.</summary>
    public (int Status, JsonNode? Json, string? Text)? Handle(string method, string[] parts, string? contentType, byte[] body)
    {
        // parts[0] == "v1", parts[1] == "files"
        return (method, parts.Length) switch
        {
            ("POST", 2) => Upload(contentType, body),
            ("GET", 3) => TryGet(parts[2], out var f) ? (200, FileJson(parts[2], f.Name, f.Purpose, f.Content.Length), null) : NotFound(),
            ("GET", 4) when parts[3] == "content" => TryGet(parts[2], out var f) ? (200, null, Encoding.UTF8.GetString(f.Content)) : NotFound(),
            _ => null,
        };
    }

    public bool TryGet(string id, out (string Name, string Purpose, byte[] Content) file)
    {
        lock (_gate)
        {
            return _files.TryGetValue(id, out file);
        }
    }

    public string Add(string name, string purpose, byte[] content)
    {
        lock (_gate)
        {
            var id = "file-" + (++_nextId).ToString(CultureInfo.InvariantCulture);
            _files[id] = (name, purpose, content);
            return id;
        }
    }

    private static (int, JsonNode?, string?) NotFound() => (404, FakeOpenAIServer.Error("No such file", "not_found"), null);

    private (int, JsonNode?, string?) Upload(string? contentType, byte[] body)
    {
        var boundary = contentType?.Split("boundary=")[^1].Trim('"');
        if (boundary is null)
        {
            return (400, FakeOpenAIServer.Error("Expected multipart/form-data", "invalid_request"), null);
        }

        var text = Encoding.UTF8.GetString(body);
        string purpose = "", name = "upload.jsonl";
        byte[] content = [];
        foreach (var section in text.Split("--" + boundary))
        {
            var split = section.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (split < 0)
            {
                continue;
            }

            var headers = section[..split];
            var value = section[(split + 4)..];
            value = value.EndsWith("\r\n", StringComparison.Ordinal) ? value[..^2] : value;
            // Parameters may be quoted or not (the SDK sends name=file; filename=x.jsonl).
            var parameters = headers.Split(['\r', '\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1].Trim('"'));
            var field = parameters.GetValueOrDefault("name");
            if (field == "purpose")
            {
                purpose = value;
            }
            else if (field == "file")
            {
                name = parameters.GetValueOrDefault("filename") ?? name;
                content = Encoding.UTF8.GetBytes(value);
            }
        }

        if (purpose is not ("fine-tune" or "batch" or "assistants" or "vision" or "user_data" or "evals"))
        {
            return (400, FakeOpenAIServer.Error($"Invalid purpose '{purpose}'", "invalid_request"), null);
        }

        var id = Add(name, purpose, content);
        return (200, FileJson(id, name, purpose, content.Length), null);
    }

    private static JsonObject FileJson(string id, string name, string purpose, int bytes) => new()
    {
        ["id"] = id,
        ["object"] = "file",
        ["bytes"] = bytes,
        ["created_at"] = 1_700_000_000,
        ["filename"] = name,
        ["purpose"] = purpose,
        ["status"] = "processed",
    };
}
