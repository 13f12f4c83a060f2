using System.Numerics;
using System.Runtime.CompilerServices;

namespace SummEval.Jieba.Dictionary;

/// <summary>
/// An open-addressing hash table from character spans to <see cref="PrefixDictionary.Entry"/> and a tag. Keys
/// live in one growing character buffer and a prefix points into its word's characters, so loading jieba's
/// 350k words and 150k prefixes allocates a few arrays instead of half a million strings (this is most of the
/// dictionary's load time). Not thread-safe for writes; <see cref="PrefixDictionary"/> serialises them.
/// </summary>
internal sealed class WordTable
{
    private const int NoTag = 0;

    // Keys of up to four characters (almost all of jieba's) are compared inside the slot, without touching
    // the node or the character buffer: one cache miss per probe instead of three.
    private const int HeadChars = 4;

    private char[] _chars;
    private int _charCount;
    private Node[] _nodes;
    private int _count;

    // Linear probing; kept at most half full, so a miss, the common case at the end of every DAG walk,
    // inspects about two slots.
    private Slot[] _slots;
    private int _mask;

    /// <summary>Creates a table expecting about <paramref name="capacity"/> keys; it grows past that.</summary>
    public WordTable(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity * 3];
        _nodes = new Node[capacity];
        // Growth keeps the table at most half full; sizing for 1.5 times the capacity hint lets a good hint
        // (jieba's 498k keys) land at just under half of 2^20 slots rather than a quarter of 2^21.
        _slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)(capacity + (capacity / 2)))];
        _mask = _slots.Length - 1;
    }

    /// <summary>Number of keys.</summary>
    public int Count => _count;

    /// <summary>The node index of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key) => Find(key, HashOf(key));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        var check = CheckOf(hash, key.Length);
        var head = HeadOf(key);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.NodePlusOne == 0)
            {
                return -1;
            }

            if (slot.Check == check && slot.Head == head && (key.Length <= HeadChars || TailMatches(slot.NodePlusOne - 1, key)))
            {
                return slot.NodePlusOne - 1;
            }
        }
    }

    private bool TailMatches(int node, ReadOnlySpan<char> key)
    {
        ref readonly var n = ref _nodes[node];
        return n.Length == key.Length && _chars.AsSpan(n.Start + HeadChars, n.Length - HeadChars).SequenceEqual(key[HeadChars..]);
    }

    public ref readonly PrefixDictionary.Entry EntryAt(int node) => ref _nodes[node].Entry;

    /// <summary>The tag id stored for a node (0: none).</summary>
    public int TagAt(int node) => _nodes[node].Tag;

    public void SetTag(int node, int tag) => _nodes[node].Tag = tag;

    /// <summary>
    /// Sets <paramref name="word"/>'s entry (adding it if absent) and adds each of its proper prefixes, cut at
    /// code point boundaries as Python slices, with a zero entry unless already present. Returns the word's node.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int SetWord(ReadOnlySpan<char> word, PrefixDictionary.Entry entry)
    {
        var wordHash = HashOf(word);
        var node = Find(word, wordHash);
        int start;
        if (node >= 0)
        {
            _nodes[node].Entry = entry;
            start = _nodes[node].Start;
        }
        else
        {
            start = Append(word);
            node = Insert(start, word.Length, wordHash, entry);
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsHighSurrogate(word[i - 1]))
            {
                continue;
            }

            var prefix = word[..i];
            var prefixHash = HashOf(prefix);
            if (Find(prefix, prefixHash) < 0)
            {
                // The prefix's characters are the word's first i characters: no copy.
                Insert(start, i, prefixHash, default);
            }
        }

        return node;
    }

    private int Append(ReadOnlySpan<char> word)
    {
        if (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        }

        word.CopyTo(_chars.AsSpan(_charCount));
        var start = _charCount;
        _charCount += word.Length;
        return start;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Insert(int start, int length, int hash, PrefixDictionary.Entry entry)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        var node = _count++;
        _nodes[node] = new Node { Start = start, Length = length, Entry = entry, Tag = NoTag };
        var key = _chars.AsSpan(start, length);
        Place(_slots, _mask, new Slot { Check = CheckOf(hash, length), NodePlusOne = node + 1, Head = HeadOf(key) });
        return node;
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot.NodePlusOne != 0)
            {
                Place(slots, mask, slot);
            }
        }

        _slots = slots;
        _mask = mask;
    }

    private static void Place(Slot[] slots, int mask, Slot slot)
    {
        var i = IndexOf(slot.Check) & mask;
        while (slots[i].NodePlusOne != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = slot;
    }

    /// <summary>The 28 hash bits and the length (capped at 15) in one word: equal checks and heads decide short keys.</summary>
    private static uint CheckOf(int hash, int length) => ((uint)hash << 4) | (uint)Math.Min(length, 15);

    private static int IndexOf(uint check) => (int)(check >> 4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HeadOf(ReadOnlySpan<char> key)
    {
        ulong head = 0;
        var n = Math.Min(key.Length, HeadChars);
        for (var i = 0; i < n; i++)
        {
            head |= (ulong)key[i] << (16 * i);
        }

        return head;
    }

    /// <summary>
    /// FNV-1a over UTF-16 code units, then murmur3's finaliser so the low bits used for the slot index depend on
    /// every character; 28 bits, enough to index 2^28 slots. Deterministic: the table is built from trusted dictionary files, not from input text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HashOf(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return (int)(h & 0x0fffffff);
    }

    private struct Slot
    {
        public uint Check;
        public int NodePlusOne;
        public ulong Head;
    }

    private struct Node
    {
        public int Start;
        public int Length;
        public int Tag;
        public PrefixDictionary.Entry Entry;
    }
}
