using System.Globalization;
using System.Text;

namespace SummEval.Compressive.Features;

/// <summary>
/// How often each word was kept in training titles: a smoothed keep rate learned from the training pairs (words
/// such as 本文 or 提出 are almost never kept, 基于 often is). Saved with the model.
/// </summary>
public sealed class KeepRateLexicon
{
    private const double PriorWeight = 2;
    private readonly Dictionary<string, (int Kept, int Seen)> _counts;

    private KeepRateLexicon(Dictionary<string, (int Kept, int Seen)> counts, int kept, int seen)
    {
        _counts = counts;
        TotalKept = kept;
        TotalSeen = seen;
    }

    /// <summary>An empty lexicon (every word at the prior rate 0).</summary>
    public static KeepRateLexicon Empty { get; } = new(new Dictionary<string, (int, int)>(StringComparer.Ordinal), 0, 0);

    /// <summary>Kept words over all words counted.</summary>
    public int TotalKept { get; }

    /// <summary>All words counted.</summary>
    public int TotalSeen { get; }

    /// <summary>Number of distinct words.</summary>
    public int Count => _counts.Count;

    /// <summary>The corpus-wide keep rate, used for unseen words.</summary>
    public double Prior => TotalSeen == 0 ? 0 : (double)TotalKept / TotalSeen;

    /// <summary>Counts words and their labels.</summary>
    public static KeepRateLexicon Build(IEnumerable<(string Word, bool Kept)> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var counts = new Dictionary<string, (int Kept, int Seen)>(StringComparer.Ordinal);
        int kept = 0, seen = 0;
        foreach (var (word, isKept) in observations)
        {
            counts.TryGetValue(word, out var c);
            counts[word] = (c.Kept + (isKept ? 1 : 0), c.Seen + 1);
            kept += isKept ? 1 : 0;
            seen++;
        }

        return new KeepRateLexicon(counts, kept, seen);
    }

    /// <summary>This lexicon without <paramref name="other"/>'s counts (for out-of-fold features).</summary>
    public KeepRateLexicon Minus(KeepRateLexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var counts = new Dictionary<string, (int Kept, int Seen)>(_counts, StringComparer.Ordinal);
        foreach (var (word, c) in other._counts)
        {
            if (counts.TryGetValue(word, out var mine))
            {
                var left = (mine.Kept - c.Kept, mine.Seen - c.Seen);
                if (left.Item2 <= 0)
                {
                    counts.Remove(word);
                }
                else
                {
                    counts[word] = left;
                }
            }
        }

        return new KeepRateLexicon(counts, TotalKept - other.TotalKept, TotalSeen - other.TotalSeen);
    }

    /// <summary>
    /// This lexicon with only the words counted at least <paramref name="minCount"/> times: the others fall back to the
    /// prior, as unseen words do, so the model learns the roles of frequent words (本文, 提出, 基于, 的) rather than a
    /// field's vocabulary. The totals (and so the prior) are unchanged.
    /// </summary>
    public KeepRateLexicon Pruned(int minCount)
    {
        if (minCount <= 1)
        {
            return this;
        }

        var counts = new Dictionary<string, (int Kept, int Seen)>(StringComparer.Ordinal);
        foreach (var (word, c) in _counts)
        {
            if (c.Seen >= minCount)
            {
                counts[word] = c;
            }
        }

        return new KeepRateLexicon(counts, TotalKept, TotalSeen);
    }

    /// <summary>Smoothed keep rate of <paramref name="word"/> (the prior when unseen).</summary>
    public double Rate(string word)
    {
        var (kept, seen) = _counts.GetValueOrDefault(word);
        return (kept + (PriorWeight * Prior)) / (seen + PriorWeight);
    }

    /// <summary>How many times <paramref name="word"/> was seen in training.</summary>
    public int Seen(string word) => _counts.GetValueOrDefault(word).Seen;

    /// <summary>
    /// Writes the counts as TSV lines <c>word TAB kept TAB seen</c>, in ordinal word order; when words were pruned, a
    /// first line with an empty word holds the totals (the prior counts every word, pruned or not).
    /// </summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_counts.Values.Sum(c => (long)c.Seen) != TotalSeen && TotalSeen > 0)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{TotalKept}\t{TotalSeen}\n"));
        }

        foreach (var (word, c) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(Escape(word));
            writer.Write('\t');
            writer.Write(c.Kept.ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(c.Seen.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; <paramref name="origin"/> names the source in errors.</summary>
    public static KeepRateLexicon Read(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counts = new Dictionary<string, (int Kept, int Seen)>(StringComparer.Ordinal);
        int kept = 0, seen = 0, lineNumber = 0;
        (int Kept, int Seen)? totals = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var parts = line.Split('\t');
            if (parts.Length != 3 ||
                !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var k) ||
                !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s) || k > s || s == 0)
            {
                throw new InvalidDataException($"{origin}:{lineNumber}: expected 'word<TAB>kept<TAB>seen' with 0 <= kept <= seen, seen > 0.");
            }

            if (lineNumber == 1 && parts[0].Length == 0)
            {
                totals = (k, s);
                continue;
            }

            counts[Unescape(parts[0])] = (k, s);
            kept += k;
            seen += s;
        }

        return totals is { } t ? new KeepRateLexicon(counts, t.Kept, t.Seen) : new KeepRateLexicon(counts, kept, seen);
    }

    private static string Escape(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            sb.Append(c switch { '\\' => "\\\\", '\t' => "\\t", '\n' => "\\n", '\r' => "\\r", _ => c.ToString() });
        }

        return sb.ToString();
    }

    private static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                sb.Append(text[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }
}
