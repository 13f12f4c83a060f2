using System.Buffers.Binary;

namespace SummEval.Mt5.Tokenization;

/// <summary>
/// A minimal reader of the protobuf wire format, enough for SentencePiece's <c>ModelProto</c>: varints,
/// 32-bit floats and length-delimited fields; anything else is skipped by wire type.
/// </summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data, string source)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _pos;

    public readonly bool End => _pos >= _data.Length;

    /// <summary>Reads the next tag: field number and wire type.</summary>
    public (int Field, int WireType) ReadTag()
    {
        var tag = ReadVarint();
        return ((int)(tag >> 3), (int)(tag & 7));
    }

    public ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Next();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Corrupt("varint longer than 10 bytes");
    }

    public float ReadFloat()
    {
        var bytes = Take(4);
        return BinaryPrimitives.ReadSingleLittleEndian(bytes);
    }

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = ReadVarint();
        return length > int.MaxValue ? throw Corrupt("length out of range") : Take((int)length);
    }

    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                Take(8);
                break;
            case 2:
                ReadBytes();
                break;
            case 5:
                Take(4);
                break;
            default:
                throw Corrupt($"unsupported wire type {wireType}");
        }
    }

    private byte Next() => _pos < _data.Length ? _data[_pos++] : throw Corrupt("truncated");

    private ReadOnlySpan<byte> Take(int n)
    {
        if (n < 0 || _pos + n > _data.Length)
        {
            throw Corrupt("truncated");
        }

        var span = _data.Slice(_pos, n);
        _pos += n;
        return span;
    }

    private readonly InvalidDataException Corrupt(string what) =>
        new($"{source}: not a SentencePiece model (protobuf {what} at byte {_pos}).");
}
