using System.Text.Json;

namespace SummEval.Datasets;

/// <summary>One record as read from a file, before field mapping: named values and the line it starts on.</summary>
internal sealed record RawRecord(int Line, IReadOnlyDictionary<string, RawValue> Fields)
{
    /// <summary>Builds a record from a parsed JSON object.</summary>
    public static RawRecord FromJson(int line, JsonElement element)
    {
        var fields = new Dictionary<string, RawValue>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = RawValue.FromJson(property.Value);
        }

        return new RawRecord(line, fields);
    }
}

/// <summary>A field's value: text, a list of texts, or something else (kept for the error message).</summary>
internal readonly record struct RawValue(string? Text, IReadOnlyList<string?>? Items, string Kind)
{
    public static RawValue OfText(string text) => new(text, null, "string");

    public static RawValue FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => OfText(value.GetString()!),
        JsonValueKind.Number => new(value.GetRawText(), null, "number"),
        JsonValueKind.Array => new(null, value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList(), "array"),
        JsonValueKind.Null => new(null, null, "null"),
        _ => new(null, null, value.ValueKind.ToString().ToLowerInvariant()),
    };
}
