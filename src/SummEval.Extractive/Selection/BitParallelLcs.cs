using System.Buffers;
using System.Numerics;
using SummEval.Extractive.Oracles;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Pairwise LCS lengths among a few short code-point sequences, bit-parallel (Allison–Dix as Hyyrö 2004 writes it:
/// one 64-bit word per row, so a pair of 20-character summaries costs 20 word operations instead of a 20 × 20 table).
/// Pairs where both sequences are longer than 64 fall back to <see cref="Lcs.Length"/>; the lengths are the same.
/// Not thread-safe: an instance keeps the match masks of the last sequence it compared from.
/// </summary>
public sealed class BitParallelLcs
{
    // Id tables of up to this many ints live on the stack: 16 candidates of 35 code points need 2 × 1024.
    private const int StackInts = 2048;

    private readonly int[][] _units;

    // Every sequence's symbol ids back to back: sequence s holds _ids[_starts[s].._starts[s + 1]].
    private readonly int[] _ids;
    private readonly int[] _starts;

    // Match masks of sequence _row by symbol id (bit i: the symbol is at position i). Callers compare row by row (a,
    // then every b), so one row's masks serve many pairs, and an alphabet-sized row replaces a table of every
    // sequence's masks.
    private readonly ulong[] _masks;
    private int _row = -1;

    /// <summary>Gives the sequences' code points ids over their shared alphabet.</summary>
    public BitParallelLcs(IReadOnlyList<int[]> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        _units = [.. units];
        _starts = new int[_units.Length + 1];
        for (var s = 0; s < _units.Length; s++)
        {
            _starts[s + 1] = _starts[s] + _units[s].Length;
        }

        _ids = new int[_starts[^1]];
        _masks = new ulong[Identify(_units, _ids)];
    }

    /// <summary>LCS length of sequences <paramref name="a"/> and <paramref name="b"/> (indices into the constructor's list).</summary>
    public int Length(int a, int b)
    {
        var m = _units[a].Length;
        if (m > 64)
        {
            if (_units[b].Length > 64)
            {
                return Lcs.Length(_units[a], _units[b]);
            }

            // The LCS is symmetric: b's masks fit one word.
            (a, b, m) = (b, a, _units[b].Length);
        }

        if (_row != a)
        {
            Load(a);
        }

        // V's zero bits (within the first m) count the LCS; each character of b updates V in a few word operations.
        var v = ulong.MaxValue;
        var masks = _masks;
        foreach (var id in _ids.AsSpan(_starts[b], _starts[b + 1] - _starts[b]))
        {
            var u = v & masks[id];
            v = (v + u) | (v - u);
        }

        var used = m == 64 ? ulong.MaxValue : (1UL << m) - 1;
        return m - BitOperations.PopCount(v & used);
    }

    /// <summary>Character ROUGE-L F1 of sequences <paramref name="a"/> and <paramref name="b"/>: 2 · LCS / (|a| + |b|), 0 if either is empty.</summary>
    public double F1(int a, int b)
    {
        var both = _units[a].Length + _units[b].Length;
        return _units[a].Length == 0 || _units[b].Length == 0 ? 0 : 2.0 * Length(a, b) / both;
    }

    // Sets ids (all sequences' symbols, back to back) to dense ids in order of first occurrence; returns how many.
    // An open-addressed table (code point, id + 1) instead of a Dictionary: a few hundred symbols per call, on the stack.
    private static int Identify(int[][] units, int[] ids)
    {
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, ids.Length) * 2);
        var shift = 32 - BitOperations.Log2((uint)slots);
        var rented = 2 * slots > StackInts ? ArrayPool<int>.Shared.Rent(2 * slots) : null;
        var table = rented is null ? stackalloc int[2 * slots] : rented.AsSpan(0, 2 * slots);
        try
        {
            table.Clear();
            var keys = table[..slots];
            var values = table[slots..];
            var (alphabet, k) = (0, 0);
            foreach (var sequence in units)
            {
                foreach (var symbol in sequence)
                {
                    var slot = (int)(((uint)symbol * 0x9E3779B1u) >> shift);
                    while (values[slot] != 0 && keys[slot] != symbol)
                    {
                        slot = (slot + 1) & (slots - 1);
                    }

                    if (values[slot] == 0)
                    {
                        (keys[slot], values[slot]) = (symbol, ++alphabet);
                    }

                    ids[k++] = values[slot] - 1;
                }
            }

            return alphabet;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    // Makes _masks those of sequence row (at most 64 long), clearing the previous row's.
    private void Load(int row)
    {
        if (_row >= 0)
        {
            foreach (var id in _ids.AsSpan(_starts[_row], _starts[_row + 1] - _starts[_row]))
            {
                _masks[id] = 0;
            }
        }

        var ids = _ids.AsSpan(_starts[row], _starts[row + 1] - _starts[row]);
        for (var i = 0; i < ids.Length; i++)
        {
            _masks[ids[i]] |= 1UL << i;
        }

        _row = row;
    }
}
