using System.Globalization;
using System.Text.Json;
using SummEval.Summarizers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SummEval.Cli.RunFiles;

/// <summary>
/// Reads run files in YAML (<c>.yaml</c>, <c>.yml</c>) or JSON (<c>.json</c>). Both map onto the same
/// <see cref="RunFile"/>; unknown keys and wrong types are errors naming file, line and field, because a typo in a
/// committed run file would otherwise silently change a leaderboard.
/// </summary>
internal static class RunFileReader
{
    private static readonly string[] Keys =
        ["dataset", "datasets", "summarizers", "maxChars", "seed", "limit", "concurrency", "out", "includeOracles", "metrics", "plugins", "sourceField", "referenceField"];

    private static readonly string[] MetricKeys = ["tokenize", "references"];

    public static RunFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Run file '{path}' does not exist.", path);
        }

        var text = File.ReadAllText(path);
        var root = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? FromJson(text, path)
            : FromYaml(text, path);
        return Bind(root, path);
    }

    // A tiny tree both formats convert to, so one binder checks both with the same messages.
    private sealed record Node(long? Line, string? Scalar, IReadOnlyList<Node>? Items, IReadOnlyList<(string Key, Node Value)>? Fields)
    {
        public string Kind => Scalar is not null ? "a value" : Items is not null ? "a list" : Fields is not null ? "a mapping" : "empty";
    }

    private static Node FromYaml(string text, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new RunFileException(path, ex.Start.Line, null, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            throw new RunFileException(path, null, null, "the file is empty.");
        }

        return Convert(stream.Documents[0].RootNode);

        static Node Convert(YamlNode node) => node switch
        {
            YamlScalarNode s => new Node(node.Start.Line, s.Value ?? string.Empty, null, null),
            YamlSequenceNode seq => new Node(node.Start.Line, null, seq.Children.Select(Convert).ToList(), null),
            YamlMappingNode map => new Node(node.Start.Line, null, null,
                map.Children.Select(kv => (((YamlScalarNode)kv.Key).Value ?? string.Empty, Convert(kv.Value))).ToList()),
            _ => new Node(node.Start.Line, null, null, null),
        };
    }

    private static Node FromJson(string text, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Convert(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new RunFileException(path, ex.LineNumber + 1, null, $"not valid JSON: {ex.Message.Split(" Path:")[0]}");
        }

        // JSON elements carry no line numbers; the field name is enough to find the mistake.
        static Node Convert(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => new Node(null, null, null, e.EnumerateObject().Select(p => (p.Name, Convert(p.Value))).ToList()),
            JsonValueKind.Array => new Node(null, null, e.EnumerateArray().Select(Convert).ToList(), null),
            JsonValueKind.String => new Node(null, e.GetString()!, null, null),
            JsonValueKind.Null => new Node(null, null, null, null),
            _ => new Node(null, e.GetRawText(), null, null),
        };
    }

    private static RunFile Bind(Node root, string path)
    {
        if (root.Fields is null)
        {
            throw new RunFileException(path, root.Line, null, $"expected a mapping of settings at the top, found {root.Kind}.");
        }

        var file = new RunFile(Path.GetFullPath(path));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        foreach (var (key, value) in root.Fields)
        {
            file = key switch
            {
                "dataset" => file with { Datasets = [.. file.Datasets, ResolvePath(Text(value, key, path), folder)] },
                "datasets" => file with { Datasets = [.. file.Datasets, .. List(value, key, path).Select(n => ResolvePath(Text(n, key, path), folder))] },
                "summarizers" => file with { Summarizers = List(value, key, path).Select(n => Spec(n, path)).ToList() },
                "maxChars" => file with { MaxChars = Positive(value, key, path) },
                "seed" => file with { Seed = Integer(value, key, path) },
                "limit" => file with { Limit = Positive(value, key, path) },
                "concurrency" => file with { Concurrency = Positive(value, key, path) },
                "out" => file with { Out = Path.GetFullPath(Text(value, key, path), folder) },
                "includeOracles" => file with { IncludeOracles = Boolean(value, key, path) },
                "metrics" => BindMetrics(file, value, path),
                "plugins" => file with { Plugins = [.. file.Plugins, .. List(value, key, path).Select(n => Path.GetFullPath(Text(n, key, path), folder))] },
                "sourceField" => file with { SourceField = Text(value, key, path) },
                "referenceField" => file with { ReferenceFields = [.. file.ReferenceFields, .. List(value, key, path).Select(n => Text(n, key, path))] },
                _ => throw Unknown(key, value, Keys, path),
            };
        }

        return file;
    }

    private static RunFile BindMetrics(RunFile file, Node metrics, string path)
    {
        if (metrics.Fields is null)
        {
            throw new RunFileException(path, metrics.Line, "metrics", $"expected a mapping (tokenize, references), found {metrics.Kind}.");
        }

        foreach (var (key, value) in metrics.Fields)
        {
            file = key switch
            {
                "tokenize" => file with { Tokenize = Choice(value, "metrics.tokenize", path, "char", "word") },
                "references" => file with { References = Choice(value, "metrics.references", path, "pooled", "best") },
                _ => throw Unknown("metrics." + key, value, MetricKeys.Select(k => "metrics." + k).ToArray(), path),
            };
        }

        return file;
    }

    // A summarizer is a spec string, or a mapping with 'name' and its parameters as the other keys.
    private static string Spec(Node node, string path)
    {
        try
        {
            if (node.Scalar is { } text)
            {
                return SummarizerSpec.Parse(text).ToString();
            }

            if (node.Fields is null)
            {
                throw new RunFileException(path, node.Line, "summarizers", $"each summarizer is a spec string or a mapping with 'name', found {node.Kind}.");
            }

            var name = node.Fields.FirstOrDefault(f => f.Key == "name").Value?.Scalar
                ?? throw new RunFileException(path, node.Line, "summarizers", "a summarizer mapping needs a 'name' (e.g. name: textrank).");
            var arguments = node.Fields.Where(f => f.Key != "name")
                .Select(f => new KeyValuePair<string, string>(f.Key, Text(f.Value, $"summarizers.{name}.{f.Key}", path)));
            return new SummarizerSpec(name, arguments).ToString();
        }
        catch (SummarizerSpecException ex)
        {
            throw new RunFileException(path, node.Line, "summarizers", ex.Message);
        }
    }

    private static string ResolvePath(string datasetOrName, string folder) =>
        datasetOrName.Contains(':', StringComparison.Ordinal) || datasetOrName == "sample" || Path.IsPathRooted(datasetOrName)
            ? datasetOrName
            : Path.GetFullPath(datasetOrName, folder);

    private static string Text(Node node, string field, string path) =>
        node.Scalar ?? throw new RunFileException(path, node.Line, field, $"expected a value, found {node.Kind}.");

    private static IReadOnlyList<Node> List(Node node, string field, string path) =>
        node.Items ?? (node.Scalar is not null ? [node] : throw new RunFileException(path, node.Line, field, $"expected a list, found {node.Kind}."));

    private static int Integer(Node node, string field, string path) =>
        int.TryParse(Text(node, field, path), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RunFileException(path, node.Line, field, $"expected a whole number, found '{node.Scalar}'.");

    private static int Positive(Node node, string field, string path)
    {
        var value = Integer(node, field, path);
        return value > 0 ? value : throw new RunFileException(path, node.Line, field, $"must be positive, found {value}.");
    }

    private static bool Boolean(Node node, string field, string path) =>
        Text(node, field, path).ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            var other => throw new RunFileException(path, node.Line, field, $"expected true or false, found '{other}'."),
        };

    private static string Choice(Node node, string field, string path, params string[] allowed)
    {
        var value = Text(node, field, path);
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new RunFileException(path, node.Line, field, $"'{value}' is not one of: {string.Join(", ", allowed)}.");
    }

    private static RunFileException Unknown(string key, Node value, string[] valid, string path) =>
        new(path, value.Line, key, $"unknown setting. Valid: {string.Join(", ", valid)}.");
}
