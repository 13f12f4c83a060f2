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

    // Slot.NodePlusOne: the node index plus one in the low 30 bits, and two flags above them.
    private const int NodeMask = 0x3FFFFFFF;
    private const int WordBit = 0x40000000;
    private const int ExtendedBit = unchecked((int)0x80000000);

    private const uint FnvOffset = 2166136261u;
    private const uint FnvPrime = 16777619u;

    private char[] _chars;
    private int _charCount;
    private Node[] _nodes;
    private int _count;

    // Linear probing; kept at most half full, so a miss, the common case at the end of every DAG walk,
    // inspects about two slots.
    private Slot[] _slots;
    private int _mask;

    // One bit per hash value (of up to 2^22, 512 KB): a key whose bit is clear is absent. A DAG walk's last probe is
    // for an absent key at a random slot of the large table; this filter answers most of those from a few hundred
    // kilobytes that stay in the CPU cache. Sized with the slots (8 bits per slot, at most half of them used).
    private ulong[] _filter;
    private int _filterMask;

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
        (_filter, _filterMask) = NewFilter(_slots.Length);
    }

    /// <summary>Number of keys.</summary>
    public int Count => _count;

    /// <summary>The node index of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var slot = FindSlot(key, HashOf(key), HeadOf(key));
        return slot < 0 ? -1 : NodeOf(_slots[slot]);
    }

    /// <summary>
    /// What the route needs of <paramref name="key"/> without touching its node: whether it is a key, its
    /// <c>log(freq or 1)</c>, whether its frequency is not 0, and whether a longer key starts with it (if not, no
    /// longer string starting with it is a key, and a DAG walk can stop). <paramref name="state"/> carries the hash
    /// and head of <paramref name="key"/> minus its last character (<see cref="ProbeState.Start"/> for an empty one),
    /// so a walk that extends its key one character at a time hashes each character once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Probe(ReadOnlySpan<char> key, ref ProbeState state, out double logFreq, out bool word, out bool extended)
    {
        var length = key.Length;
        var c = key[length - 1];
        state.Hash = (state.Hash ^ c) * FnvPrime;
        if (length <= HeadChars)
        {
            state.Head |= (ulong)c << (16 * (length - 1));
        }

        var hash = Finish(state.Hash);
        if (!MayContain(hash))
        {
            (logFreq, word, extended) = (0, false, false);
            return false;
        }

        var index = FindSlot(key, hash, state.Head);
        if (index < 0)
        {
            (logFreq, word, extended) = (0, false, false);
            return false;
        }

        ref readonly var slot = ref _slots[index];
        logFreq = slot.LogFreq;
        word = (slot.NodePlusOne & WordBit) != 0;
        extended = (slot.NodePlusOne & ExtendedBit) != 0;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindSlot(ReadOnlySpan<char> key, int hash, ulong head)
    {
        var check = CheckOf(hash, key.Length);
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.NodePlusOne == 0)
            {
                return -1;
            }

            if (slot.Check == check && slot.Head == head && (key.Length <= HeadChars || TailMatches(NodeOf(slot), key)))
            {
                return i;
            }
        }
    }

    private static int NodeOf(in Slot slot) => (slot.NodePlusOne & NodeMask) - 1;

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
        var slot = FindSlot(word, wordHash, HeadOf(word));
        int node;
        int start;
        if (slot >= 0)
        {
            node = NodeOf(_slots[slot]);
            _nodes[node].Entry = entry;
            start = _nodes[node].Start;
            SetSlotEntry(ref _slots[slot], entry);
        }
        else
        {
            start = Append(word);

            // A longer key starting with a new word would have made it a prefix key already, unless the word ends
            // inside a surrogate pair (prefixes are cut at code points): then it is marked extended to be safe.
            node = Insert(start, word.Length, wordHash, entry, extended: char.IsHighSurrogate(word[^1]));
        }

        // Every key the word extends is marked extended, so a DAG walk may stop there only when no key continues it.
        for (var i = 1; i < word.Length; i++)
        {
            var prefix = word[..i];
            var prefixHash = HashOf(prefix);
            var prefixSlot = FindSlot(prefix, prefixHash, HeadOf(prefix));
            if (prefixSlot >= 0)
            {
                _slots[prefixSlot].NodePlusOne |= ExtendedBit;
            }
            else if (!char.IsHighSurrogate(word[i - 1]))
            {
                // The prefix's characters are the word's first i characters: no copy.
                Insert(start, i, prefixHash, default, extended: true);
            }
        }

        return node;
    }

    private static void SetSlotEntry(ref Slot slot, PrefixDictionary.Entry entry)
    {
        slot.LogFreq = entry.LogFreq;
        slot.NodePlusOne = entry.Freq != 0 ? slot.NodePlusOne | WordBit : slot.NodePlusOne & ~WordBit;
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
    private int Insert(int start, int length, int hash, PrefixDictionary.Entry entry, bool extended = false)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (_count == NodeMask - 1)
        {
            throw new InvalidOperationException("The word table is full.");
        }

        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        var node = _count++;
        _nodes[node] = new Node { Start = start, Length = length, Entry = entry, Tag = NoTag };
        var key = _chars.AsSpan(start, length);
        var slot = new Slot { Check = CheckOf(hash, length), NodePlusOne = (node + 1) | (extended ? ExtendedBit : 0), Head = HeadOf(key) };
        SetSlotEntry(ref slot, entry);
        Place(_slots, _mask, slot);
        AddToFilter(hash);
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
        (_filter, _filterMask) = NewFilter(_slots.Length);
        foreach (var slot in _slots)
        {
            if (slot.NodePlusOne != 0)
            {
                AddToFilter(IndexOf(slot.Check));
            }
        }
    }

    private static (ulong[] Filter, int Mask) NewFilter(int slots)
    {
        var bits = Math.Min(slots * 8L, 1L << 22);
        return (new ulong[bits / 64], (int)(bits - 1));
    }

    private void AddToFilter(int hash)
    {
        var bit = hash & _filterMask;
        _filter[bit >> 6] |= 1UL << bit;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayContain(int hash)
    {
        var bit = hash & _filterMask;
        return (_filter[bit >> 6] & (1UL << bit)) != 0;
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
        var h = FnvOffset;
        foreach (var c in key)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Finish(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return (int)(h & 0x0fffffff);
    }

    /// <summary>A walk's running hash and head (<see cref="Probe"/>).</summary>
    internal struct ProbeState
    {
        public uint Hash;
        public ulong Head;

        /// <summary>The state of the empty key.</summary>
        public static ProbeState Start => new() { Hash = FnvOffset };
    }

    // The key's entry as the route reads it is kept in the slot too (LogFreq and WordBit: frequency not 0), so a DAG
    // walk reads one slot per key instead of the slot and then the node, and ExtendedBit (a longer key starts with
    // this one) lets it stop without probing for a key that is absent: both were cache misses (docs/jieba.md).
    private struct Slot
    {
        public uint Check;
        public int NodePlusOne;
        public ulong Head;
        public double LogFreq;
    }

    private struct Node
    {
        public int Start;
        public int Length;
        public int Tag;
        public PrefixDictionary.Entry Entry;
    }
}
