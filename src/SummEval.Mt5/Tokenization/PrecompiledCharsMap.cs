using System.Buffers.Binary;

namespace SummEval.Mt5.Tokenization;

/// <summary>
/// SentencePiece's precompiled normalization rules (e.g. <c>nmt_nfkc</c>): a Darts-clone double-array trie over
/// UTF-8 input whose values are offsets into a blob of NUL-terminated replacement strings.
/// </summary>
internal sealed class PrecompiledCharsMap
{
    private readonly uint[] _units;
    private readonly byte[] _normalized;

    public PrecompiledCharsMap(ReadOnlySpan<byte> blob, string source)
    {
        if (blob.Length < 4)
        {
            throw new InvalidDataException($"{source}: precompiled_charsmap is too short.");
        }

        var trieSize = BinaryPrimitives.ReadUInt32LittleEndian(blob);
        if (trieSize % 4 != 0 || trieSize > blob.Length - 4)
        {
            throw new InvalidDataException($"{source}: precompiled_charsmap has a bad trie size {trieSize}.");
        }

        _units = new uint[trieSize / 4];
        for (var i = 0; i < _units.Length; i++)
        {
            _units[i] = BinaryPrimitives.ReadUInt32LittleEndian(blob[(4 + (i * 4))..]);
        }

        _normalized = blob[(4 + (int)trieSize)..].ToArray();
    }

    /// <summary>
    /// The longest rule matching a prefix of <paramref name="input"/>: its length in bytes and its replacement,
    /// or length 0 when no rule matches.
    /// </summary>
    public int LongestMatch(ReadOnlySpan<byte> input, out ReadOnlySpan<byte> replacement)
    {
        replacement = default;
        var longest = 0;
        var value = 0u;
        uint nodePos = 0;
        var unit = _units[nodePos];
        nodePos ^= Offset(unit);
        for (var i = 0; i < input.Length; i++)
        {
            nodePos ^= input[i];
            if (nodePos >= _units.Length)
            {
                break;
            }

            unit = _units[nodePos];
            if (Label(unit) != input[i])
            {
                break;
            }

            nodePos ^= Offset(unit);
            if (HasLeaf(unit))
            {
                longest = i + 1;
                value = _units[nodePos] & 0x7FFFFFFFu;
            }
        }

        if (longest > 0)
        {
            var start = (int)value;
            var end = start;
            while (end < _normalized.Length && _normalized[end] != 0)
            {
                end++;
            }

            replacement = _normalized.AsSpan(start, end - start);
        }

        return longest;
    }

    private static bool HasLeaf(uint unit) => ((unit >> 8) & 1) == 1;

    private static uint Label(uint unit) => unit & (0x80000000u | 0xFF);

    private static uint Offset(uint unit) => (unit >> 10) << (int)((unit & (1u << 9)) >> 6);
}
