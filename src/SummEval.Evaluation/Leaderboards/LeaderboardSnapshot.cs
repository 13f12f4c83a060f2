using System.Text.Json;

namespace SummEval.Leaderboards;

/// <summary>The figures of one summarizer that the regression gate compares.</summary>
public sealed record SnapshotEntry(string Summarizer, bool Oracle, double Rouge1, double Rouge2, double RougeL, double Adherence);

/// <summary>What <c>summeval check</c> reads from a <c>leaderboard.json</c>: the header and, per summarizer, the F1s and adherence.</summary>
public sealed record LeaderboardSnapshot(string Dataset, int Count, int? MaxChars, IReadOnlyList<SnapshotEntry> Entries)
{
    /// <summary>Reads <paramref name="path"/>; any problem is a <see cref="LeaderboardFileException"/> naming the file and field.</summary>
    public static LeaderboardSnapshot Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LeaderboardFileException(path, $"cannot read the file: {ex.Message}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new LeaderboardFileException(path, $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message.Split(" Path:")[0]}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new LeaderboardFileException(path, "expected a leaderboard object ({\"dataset\",\"count\",\"maxChars\",\"entries\"}).");
            }

            var entries = Field(root, "entries", JsonValueKind.Array, path, "entries");
            var list = new List<SnapshotEntry>();
            var i = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                var at = $"entries[{i++}]";
                var summarizer = Field(entry, "summarizer", JsonValueKind.String, path, at + ".summarizer").GetString()!;
                var oracle = entry.TryGetProperty("oracle", out var o) && o.ValueKind == JsonValueKind.True;
                list.Add(new SnapshotEntry(
                    summarizer,
                    oracle,
                    Number(Field(Field(entry, "rouge1", JsonValueKind.Object, path, at + ".rouge1"), "f", JsonValueKind.Number, path, at + ".rouge1.f")),
                    Number(Field(Field(entry, "rouge2", JsonValueKind.Object, path, at + ".rouge2"), "f", JsonValueKind.Number, path, at + ".rouge2.f")),
                    Number(Field(Field(entry, "rougeL", JsonValueKind.Object, path, at + ".rougeL"), "f", JsonValueKind.Number, path, at + ".rougeL.f")),
                    Number(Field(Field(entry, "length", JsonValueKind.Object, path, at + ".length"), "adherence", JsonValueKind.Number, path, at + ".length.adherence"))));
            }

            var dataset = Field(root, "dataset", JsonValueKind.String, path, "dataset").GetString()!;
            var count = Field(root, "count", JsonValueKind.Number, path, "count").GetInt32();
            int? maxChars = root.TryGetProperty("maxChars", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : null;
            return new LeaderboardSnapshot(dataset, count, maxChars, list);
        }
    }

    private static JsonElement Field(JsonElement parent, string name, JsonValueKind kind, string path, string field)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw new LeaderboardFileException(path, $"field '{field}' is missing.");
        }

        if (value.ValueKind != kind)
        {
            throw new LeaderboardFileException(path, $"field '{field}' should be {kind.ToString().ToLowerInvariant()}, found {value.ValueKind.ToString().ToLowerInvariant()}.");
        }

        return value;
    }

    private static double Number(JsonElement element) => element.GetDouble();
}
