using System.Text;

namespace SummEval.Summarizers;

/// <summary>
/// A summarizer named with its parameters: <c>name</c> or <c>name:key=value,key=value</c>. The same syntax is
/// used by <c>summeval run -s</c>, run files and <c>summeval summarize</c>. A value containing ',' or '='
/// may be quoted with double quotes (<c>exec:command="python3 a.py --x=1"</c>).
/// </summary>
public sealed class SummarizerSpec : IEquatable<SummarizerSpec>
{
    /// <summary>Creates a spec from its parts; keys keep the order given.</summary>
    public SummarizerSpec(string name, IEnumerable<KeyValuePair<string, string>>? arguments = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new SummarizerSpecException("A summarizer spec needs a name, e.g. 'lead-1' or 'textrank:similarity=bm25'.");
        }

        Name = name.Trim();
        var list = new List<KeyValuePair<string, string>>();
        foreach (var pair in arguments ?? [])
        {
            if (list.Any(p => string.Equals(p.Key, pair.Key, StringComparison.OrdinalIgnoreCase)))
            {
                throw new SummarizerSpecException($"Summarizer '{Name}': parameter '{pair.Key}' is given twice.");
            }

            list.Add(pair);
        }

        Arguments = list;
    }

    /// <summary>The summarizer kind, e.g. <c>textrank</c>.</summary>
    public string Name { get; }

    /// <summary>The parameters in the order written.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; }

    /// <summary>Parses <c>name[:key=value[,key=value...]]</c>.</summary>
    public static SummarizerSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return new SummarizerSpec(text);
        }

        var name = text[..colon];
        var rest = text[(colon + 1)..];
        var arguments = new List<KeyValuePair<string, string>>();
        foreach (var part in SplitUnquoted(rest, text))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new SummarizerSpecException(
                    $"Summarizer spec '{text}': '{part}' is not key=value. Write e.g. '{name}:key=value,key2=value2'.");
            }

            arguments.Add(new(part[..eq].Trim(), Unquote(part[(eq + 1)..].Trim())));
        }

        return new SummarizerSpec(name, arguments);
    }

    /// <summary>The canonical text form, used as the leaderboard label. Secret values are masked.</summary>
    public string ToString(IReadOnlyList<SummarizerParameter>? parameters)
    {
        if (Arguments.Count == 0)
        {
            return Name;
        }

        var sb = new StringBuilder(Name).Append(':');
        for (var i = 0; i < Arguments.Count; i++)
        {
            var (key, value) = (Arguments[i].Key, Arguments[i].Value);
            var secret = parameters?.Any(p => p.Secret && string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)) == true;
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(key).Append('=').Append(secret ? "***" : Quote(value));
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToString(null);

    /// <inheritdoc/>
    public bool Equals(SummarizerSpec? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SummarizerSpec);

    /// <inheritdoc/>
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    private static IEnumerable<string> SplitUnquoted(string rest, string whole)
    {
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var c in rest)
        {
            if (c == '"')
            {
                quoted = !quoted;
                sb.Append(c);
            }
            else if (c == ',' && !quoted)
            {
                yield return sb.ToString();
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        if (quoted)
        {
            throw new SummarizerSpecException($"Summarizer spec '{whole}': a double quote is not closed.");
        }

        yield return sb.ToString();
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static string Quote(string value) =>
        value.IndexOfAny([',', '=', ' ', ':']) >= 0 ? $"\"{value}\"" : value;
}
