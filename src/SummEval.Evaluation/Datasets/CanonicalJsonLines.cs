using System.Globalization;
using System.Text;

namespace SummEval.Datasets;

/// <summary>
/// Writes the canonical JSON Lines form byte for byte like Python's <c>json.dumps(record, ensure_ascii=False)</c>
/// (<c>", "</c> and <c>": "</c> separators, only quotes, backslashes and control characters escaped), so converted
/// files are identical to the reference conversion.
/// </summary>
public static class CanonicalJsonLines
{
    /// <summary>One line (without the newline) for the given fields, in order.</summary>
    public static string Line(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (key, value) in fields)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            AppendString(builder, key);
            builder.Append(": ");
            AppendString(builder, value);
        }

        return builder.Append('}').ToString();
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
