using System.Globalization;
using System.Text.Json;

namespace SummEval.Datasets;

/// <summary>Turns System.Text.Json's parser errors into a short "malformed JSON" problem with a column.</summary>
internal static class JsonErrors
{
    public static DatasetException Malformed(string file, int firstLine, JsonException ex)
    {
        var line = firstLine + (int)(ex.LineNumber ?? 0);
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        if (cut > 0)
        {
            message = message[..cut];
        }

        var column = ex.BytePositionInLine is { } b ? string.Create(CultureInfo.InvariantCulture, $" (byte {b + 1} of the line)") : string.Empty;
        return new DatasetException(file, line, null, $"malformed JSON{column}: {message.TrimEnd('.')}.", ex);
    }
}
