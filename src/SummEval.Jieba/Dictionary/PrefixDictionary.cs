using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace SummEval.Jieba.Dictionary;

/// <summary>
/// jieba's prefix dictionary (<c>FREQ</c>): every word with its frequency, and every prefix of a word with
/// frequency 0, plus the total of all frequencies. Lookups take spans, so segmenting allocates no keys.
/// Thread-safe: reads take the read lock (segmenting holds it for a whole text), <see cref="Add"/> the write lock.
/// </summary>
public sealed class PrefixDictionary
{
    private readonly WordTable _table;
    private readonly List<string> _tagNames = [];
    private readonly Dictionary<string, int> _tagIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forceSplit = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);
    private long _total;

    private PrefixDictionary(int capacity)
    {
        _table = new WordTable(capacity);
    }

    /// <summary>The sum of all word frequencies (jieba's <c>total</c>).</summary>
    public long Total => _total;

    /// <summary><c>log(total)</c>, recomputed whenever the total changes.</summary>
    internal double LogTotal { get; private set; }

    /// <summary>Number of keys (words and prefixes).</summary>
    public int Count => _table.Count;

    internal ReaderWriterLockSlim Lock => _lock;

    /// <summary>The keys; the route reads them directly (<see cref="WordTable.Probe"/>), under the read lock.</summary>
    internal WordTable Table => _table;

    /// <summary>Parses a jieba-format dictionary (<c>word freq [tag]</c> per line, UTF-8).</summary>
    // The load path runs once per process: its loops are compiled optimised at once, because under tiered compilation
    // the first load in a process spent about 100 ms more in unoptimised code (this and the methods marked alike).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PrefixDictionary Parse(ReadOnlySpan<byte> utf8, string sourceName)
    {
        // jieba's dict.txt averages 15.5 bytes a line and 1.43 keys (word and new prefixes) per line.
        var dict = new PrefixDictionary(utf8.Length / 10);
        Span<char> buffer = stackalloc char[128];
        var rest = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        var lineNumber = 0;
        while (!rest.IsEmpty)
        {
            // Bytes, as jieba reads them: lines end at \n and line.strip() trims ASCII whitespace only.
            var newline = rest.IndexOf((byte)'\n');
            var line = (newline < 0 ? rest : rest[..newline]).Trim(AsciiWhitespace);
            rest = newline < 0 ? default : rest[(newline + 1)..];
            lineNumber++;
            if (line.IsEmpty)
            {
                // Python would fail on an empty line; a trailing newline is all that reaches here in practice.
                continue;
            }

            var firstSpace = line.IndexOf((byte)' ');
            if (firstSpace <= 0)
            {
                throw new FormatException($"{sourceName}, line {lineNumber}: expected 'word freq [tag]', got '{Decode(line)}'.");
            }

            var fields = line[(firstSpace + 1)..];
            var secondSpace = fields.IndexOf((byte)' ');
            var freqField = secondSpace < 0 ? fields : fields[..secondSpace];
            if (!long.TryParse(freqField, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var freq))
            {
                throw new FormatException($"{sourceName}, line {lineNumber}, field freq: '{Decode(freqField)}' is not an integer.");
            }

            var wordBytes = line[..firstSpace];
            var word = wordBytes.Length <= buffer.Length ? buffer : new char[wordBytes.Length];
            if (Utf8.ToUtf16(wordBytes, word, out _, out var length, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                throw new FormatException($"{sourceName}, line {lineNumber}, field word: not valid UTF-8.");
            }

            word = word[..length];
            var node = dict.SetWord(word, freq);
            if (secondSpace >= 0)
            {
                var tagField = fields[(secondSpace + 1)..];
                var end = tagField.IndexOf((byte)' ');
                if (end >= 0)
                {
                    tagField = tagField[..end];
                }

                var tag = tagField.Length <= buffer.Length ? buffer : new char[tagField.Length];
                dict._table.SetTag(node, dict.TagId(tag[..Encoding.UTF8.GetChars(tagField, tag)]));
            }
        }

        dict.LogTotal = Math.Log(dict._total);
        return dict;
    }

    private static ReadOnlySpan<byte> AsciiWhitespace => " \t\n\r\v\f"u8;

    private static string Decode(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>The frequency of <paramref name="word"/>: 0 for a prefix or unknown string.</summary>
    public long FrequencyOf(ReadOnlySpan<char> word)
    {
        _lock.EnterReadLock();
        try
        {
            return Frequency(word);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary><see cref="FrequencyOf"/> for callers that already hold the read lock (segmenting, tagging).</summary>
    internal long Frequency(ReadOnlySpan<char> word)
    {
        var node = _table.Find(word);
        return node < 0 ? 0 : _table.EntryAt(node).Freq;
    }

    /// <summary>Whether <paramref name="key"/> is a word or a prefix of one (jieba's <c>frag in FREQ</c>).</summary>
    internal bool TryGet(ReadOnlySpan<char> key, out Entry entry)
    {
        var node = _table.Find(key);
        entry = node < 0 ? default : _table.EntryAt(node);
        return node >= 0;
    }

    /// <summary>The part-of-speech tag the dictionary gives <paramref name="word"/>, if any.</summary>
    public string? TagOf(ReadOnlySpan<char> word)
    {
        _lock.EnterReadLock();
        try
        {
            return Tag(word);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary><see cref="TagOf"/> for callers that already hold the read lock.</summary>
    internal string? Tag(ReadOnlySpan<char> word)
    {
        var node = _table.Find(word);
        var tag = node < 0 ? 0 : _table.TagAt(node);
        return tag == 0 ? null : _tagNames[tag - 1];
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
            var node = SetWord(word, freq);
            if (!string.IsNullOrEmpty(tag))
            {
                _table.SetTag(node, TagId(tag));
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

    private int SetWord(ReadOnlySpan<char> word, long freq)
    {
        _total += freq;
        return _table.SetWord(word, new Entry(freq));
    }

    /// <summary>The 1-based id of a part-of-speech tag; jieba's dictionary uses about fifty.</summary>
    private int TagId(ReadOnlySpan<char> tag)
    {
        var lookup = _tagIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(tag, out var id))
        {
            var name = tag.ToString();
            _tagNames.Add(name);
            id = _tagNames.Count;
            _tagIds[name] = id;
        }

        return id;
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
