using System.Numerics;
using SummEval.Extractive.Oracles;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Pairwise LCS lengths among a few short code-point sequences, bit-parallel (Allison–Dix as Hyyrö 2004 writes it:
/// one 64-bit word per row, so a pair of 20-character summaries costs 20 word operations instead of a 20 × 20 table).
/// Sequences longer than 64 fall back to <see cref="Lcs.Length"/>; the lengths are the same.
/// </summary>
public sealed class BitParallelLcs
{
    private readonly int[][] _units;
    private readonly int[][] _ids;
    private readonly ulong[] _masks;
    private readonly int _alphabet;

    /// <summary>Prepares the match masks of every sequence over their shared alphabet.</summary>
    public BitParallelLcs(IReadOnlyList<int[]> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        _units = [.. units];
        var alphabet = new Dictionary<int, int>();
        _ids = new int[_units.Length][];
        for (var s = 0; s < _units.Length; s++)
        {
            _ids[s] = new int[_units[s].Length];
            for (var i = 0; i < _units[s].Length; i++)
            {
                if (!alphabet.TryGetValue(_units[s][i], out var id))
                {
                    id = alphabet.Count;
                    alphabet[_units[s][i]] = id;
                }

                _ids[s][i] = id;
            }
        }

        _alphabet = alphabet.Count;
        _masks = new ulong[_units.Length * _alphabet];
        for (var s = 0; s < _units.Length; s++)
        {
            for (var i = 0; i < Math.Min(64, _ids[s].Length); i++)
            {
                _masks[(s * _alphabet) + _ids[s][i]] |= 1UL << i;
            }
        }
    }

    /// <summary>LCS length of sequences <paramref name="a"/> and <paramref name="b"/> (indices into the constructor's list).</summary>
    public int Length(int a, int b)
    {
        var m = _units[a].Length;
        if (m > 64)
        {
            return Lcs.Length(_units[a], _units[b]);
        }

        // V's zero bits (within the first m) count the LCS; each character of b updates V in a few word operations.
        var v = ulong.MaxValue;
        var masks = _masks.AsSpan(a * _alphabet, _alphabet);
        foreach (var id in _ids[b])
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
}
