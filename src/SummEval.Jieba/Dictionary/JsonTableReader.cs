using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SummEval.Jieba.Dictionary;

/// <summary>
/// Reads the JSON tables jieba.NET ships (the same numbers as jieba's <c>prob_*.py</c> literals): objects of
/// numbers, objects of objects of numbers, and objects of string arrays. Key order is kept; a malformed file
/// fails with its path, line and the offending key.
/// </summary>
internal static class JsonTableReader
{
    /// <summary><c>{"key": number, ...}</c>.</summary>
    public static List<KeyValuePair<string, double>> ReadNumbers(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var reader = Open(bytes);
        var result = new List<KeyValuePair<string, double>>();
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, "the table");
            while (ReadKey(ref reader, out var key))
            {
                result.Add(new(key, ReadNumber(ref reader, key)));
            }
        }
        catch (Exception e) when (e is JsonException or TableException)
        {
            throw Wrap(e, bytes, path);
        }

        return result;
    }

    /// <summary><c>{"key": {"inner": number, ...}, ...}</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<KeyValuePair<string, List<KeyValuePair<string, double>>>> ReadNestedNumbers(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var reader = Open(bytes);
        var result = new List<KeyValuePair<string, List<KeyValuePair<string, double>>>>();
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, "the table");
            while (ReadKey(ref reader, out var key))
            {
                Expect(ref reader, JsonTokenType.StartObject, key);
                var row = new List<KeyValuePair<string, double>>();
                while (ReadKey(ref reader, out var inner))
                {
                    row.Add(new(inner, ReadNumber(ref reader, key + "." + inner)));
                }

                result.Add(new(key, row));
            }
        }
        catch (Exception e) when (e is JsonException or TableException)
        {
            throw Wrap(e, bytes, path);
        }

        return result;
    }

    /// <summary><c>{"key": ["s", ...], ...}</c>.</summary>
    public static List<KeyValuePair<string, string[]>> ReadStringLists(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var reader = Open(bytes);
        var result = new List<KeyValuePair<string, string[]>>();
        var items = new List<string>();
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, "the table");
            while (ReadKey(ref reader, out var key))
            {
                Expect(ref reader, JsonTokenType.StartArray, key);
                items.Clear();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw Error(reader, $"field '{key}': expected a string, found {reader.TokenType}");
                    }

                    items.Add(reader.GetString()!);
                }

                result.Add(new(key, [.. items]));
            }
        }
        catch (Exception e) when (e is JsonException or TableException)
        {
            throw Wrap(e, bytes, path);
        }

        return result;
    }

    private static Utf8JsonReader Open(byte[] bytes)
    {
        // Skip a UTF-8 byte order mark, which Utf8JsonReader rejects.
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        return new Utf8JsonReader(span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool ReadKey(ref Utf8JsonReader reader, out string key)
    {
        if (!reader.Read())
        {
            throw Error(reader, "unexpected end of file");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            key = "";
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw Error(reader, $"expected a key, found {reader.TokenType}");
        }

        key = reader.GetString()!;
        return true;
    }

    private static double ReadNumber(ref Utf8JsonReader reader, string field)
    {
        // .NET parses doubles correctly rounded, as Python's float() does, so the values are bit-identical.
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value))
        {
            throw Error(reader, $"field '{field}': expected a number, found {reader.TokenType}");
        }

        return value;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string field)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw Error(reader, $"field '{field}': expected {type}, found {reader.TokenType}");
        }
    }

    private static TableException Error(Utf8JsonReader reader, string what) => new(reader.TokenStartIndex, what);

    private static FormatException Wrap(Exception e, byte[] bytes, string path) => e switch
    {
        TableException t => new($"{path}, line {LineAt(bytes, t.Index)}: {t.Message}."),
        JsonException j => new($"{path}, line {(j.LineNumber ?? 0) + 1}: {j.Message}", j),
        _ => new($"{path}: {e.Message}", e),
    };

    private static int LineAt(byte[] bytes, long index) =>
        bytes.AsSpan(0, (int)Math.Min(index, bytes.Length)).Count((byte)'\n') + 1;

    /// <summary>A shape error at a byte offset; turned into a <see cref="FormatException"/> with the line.</summary>
    private sealed class TableException(long index, string message) : Exception(message)
    {
        public long Index { get; } = index;
    }
}
