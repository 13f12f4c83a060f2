using System.Text;

namespace SummEval.Jieba.Dictionary;

/// <summary>
/// jieba's prefix dictionary (<c>FREQ</c>): every word with its frequency, and every prefix of a word with
/// frequency 0, plus the total of all frequencies. Lookups take spans, so segmenting allocates no keys.
/// Reads may run concurrently; <see cref="Add"/> takes the write lock.
/// </summary>
public sealed class PrefixDictionary
{
    private readonly Dictionary<string, Entry> _entries;
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, string> _tags;
    private readonly HashSet<string> _forceSplit = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);
    private long _total;

    private PrefixDictionary(int capacity)
    {
        _entries = new Dictionary<string, Entry>(capacity, StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _tags = new Dictionary<string, string>(capacity / 2, StringComparer.Ordinal);
    }

    /// <summary>The sum of all word frequencies (jieba's <c>total</c>).</summary>
    public long Total => _total;

    /// <summary><c>log(total)</c>, recomputed whenever the total changes.</summary>
    internal double LogTotal { get; private set; }

    /// <summary>Number of keys (words and prefixes).</summary>
    public int Count => _entries.Count;

    internal ReaderWriterLockSlim Lock => _lock;

    /// <summary>Parses a jieba-format dictionary (<c>word freq [tag]</c> per line, UTF-8).</summary>
    public static PrefixDictionary Parse(ReadOnlySpan<byte> utf8, string sourceName)
    {
        var text = Encoding.UTF8.GetString(utf8);
        var dict = new PrefixDictionary(640_000);
        var tagPool = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (line.IsEmpty)
            {
                // Python would fail on an empty line; a trailing newline is all that reaches here in practice.
                continue;
            }

            var firstSpace = line.IndexOf(' ');
            if (firstSpace <= 0)
            {
                throw new FormatException($"{sourceName}, line {lineNumber}: expected 'word freq [tag]', got '{line}'.");
            }

            var word = line[..firstSpace];
            var rest = line[(firstSpace + 1)..];
            var secondSpace = rest.IndexOf(' ');
            var freqSpan = secondSpace < 0 ? rest : rest[..secondSpace];
            if (!long.TryParse(freqSpan, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var freq))
            {
                throw new FormatException($"{sourceName}, line {lineNumber}, field freq: '{freqSpan}' is not an integer.");
            }

            var key = dict.SetWord(word, freq);
            if (secondSpace >= 0)
            {
                var tagSpan = rest[(secondSpace + 1)..];
                var end = tagSpan.IndexOf(' ');
                if (end >= 0)
                {
                    tagSpan = tagSpan[..end];
                }

                if (!tagPool.TryGetValue(tagSpan, out var tag))
                {
                    tag = tagSpan.ToString();
                    tagPool[tagSpan] = tag;
                }

                dict._tags[key] = tag;
            }
        }

        dict.LogTotal = Math.Log(dict._total);
        return dict;
    }

    /// <summary>The frequency of <paramref name="word"/>: 0 for a prefix or unknown string.</summary>
    public long FrequencyOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var e) ? e.Freq : 0;

    /// <summary>Whether <paramref name="key"/> is a word or a prefix of one (jieba's <c>frag in FREQ</c>).</summary>
    internal bool TryGet(ReadOnlySpan<char> key, out Entry entry) => _lookup.TryGetValue(key, out entry);

    /// <summary>The part-of-speech tag the dictionary gives <paramref name="word"/>, if any.</summary>
    public string? TagOf(ReadOnlySpan<char> word)
    {
        var lookup = _tags.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var tag) ? tag : null;
    }

    internal bool IsForceSplit(ReadOnlySpan<char> word) =>
        _forceSplit.Count > 0 && _forceSplit.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Adds or overrides a word as jieba's <c>add_word</c> does (frequency 0 deletes it).</summary>
    public void Add(string word, long freq, string? tag)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        _lock.EnterWriteLock();
        try
        {
            SetWord(word, freq);
            if (!string.IsNullOrEmpty(tag))
            {
                _tags[word] = tag;
            }

            if (freq == 0)
            {
                _forceSplit.Add(word);
            }

            LogTotal = Math.Log(_total);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private string SetWord(ReadOnlySpan<char> word, long freq)
    {
        _total += freq;
        var entry = new Entry(freq);
        string key;
        if (_lookup.TryGetValue(word, out var existing, out _))
        {
            key = existing;
            _entries[key] = entry;
        }
        else
        {
            key = word.ToString();
            _entries[key] = entry;
        }

        // Prefixes by code point, as Python slices; a prefix never ends inside a surrogate pair.
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsHighSurrogate(word[i - 1]))
            {
                continue;
            }

            _lookup.TryAdd(word[..i], default);
        }

        return key;
    }

    /// <summary>One key: its frequency and <c>log(freq or 1)</c>, precomputed exactly as Python computes it.</summary>
    internal readonly struct Entry
    {
        public Entry(long freq)
        {
            Freq = freq;
            LogFreq = Math.Log(freq == 0 ? 1 : freq);
        }

        public long Freq { get; }

        public double LogFreq { get; }
    }
}
