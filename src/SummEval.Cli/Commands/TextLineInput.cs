using System.Text;
using System.Text.Json;

namespace SummEval.Cli.Commands;

/// <summary>
/// The texts <c>segment</c> and <c>keywords</c> read: stdin lines, or one field of each line of a JSONL file
/// (with the line's <c>id</c> when it has one). Bad JSONL fails naming file, line and field.
/// </summary>
internal static class TextLineInput
{
    public static IEnumerable<(string? Id, string Text)> Read(string? inputPath, string field)
    {
        if (inputPath is null)
        {
            // Strict: text in another encoding (GBK) is refused, not summarized as replacement characters.
            using var stdin = new StreamReader(Console.OpenStandardInput(), Strict);
            var number = 0;
            while (ReadLine(stdin, "stdin", ++number) is { } line)
            {
                yield return (null, line);
            }

            yield break;
        }

        if (Directory.Exists(inputPath))
        {
            throw new InvalidDataException($"{inputPath} is a folder; give a JSON Lines file.");
        }

        if (!File.Exists(inputPath))
        {
            throw new FileNotFoundException($"Input file '{inputPath}' does not exist.", inputPath);
        }

        using var reader = new StreamReader(inputPath, Strict, detectEncodingFromByteOrderMarks: false);
        var lineNumber = 0;
        while (ReadLine(reader, inputPath, ++lineNumber) is { } read)
        {
            var line = lineNumber == 1 ? read.TrimStart('\uFEFF') : read;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? id;
            string text;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"{inputPath}:{lineNumber}: expected a JSON object.");
                }

                if (!root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException($"{inputPath}:{lineNumber}: field '{field}': missing or not a string.");
                }

                text = value.GetString()!;
                id = root.TryGetProperty("id", out var idValue) ? idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : idValue.GetRawText() : null;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{inputPath}:{lineNumber}: not valid JSON ({e.Message}).");
            }

            yield return (id, text);
        }
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string? ReadLine(StreamReader reader, string source, int number)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            // Decoded a block at a time, so the bad bytes are in this line or one shortly after it.
            throw new InvalidDataException($"{source}: not valid UTF-8 at or after line {number}; save the text as UTF-8 (GBK and UTF-16 are not read).");
        }
    }

    /// <summary>UTF-8 stdout with '\n' line ends, so output is the same on every platform.</summary>
    public static StreamWriter OpenStdout() =>
        new(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n", AutoFlush = false };

    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
