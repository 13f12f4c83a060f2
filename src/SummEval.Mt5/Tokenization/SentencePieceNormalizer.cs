using System.Buffers;
using System.Text;

namespace SummEval.Mt5.Tokenization;

/// <summary>
/// SentencePiece's normalizer (as in sentencepiece 0.1.x <c>normalizer.cc</c>): precompiled rules applied by
/// longest match, leading/trailing/repeated spaces removed, a dummy-prefix space, spaces escaped as U+2581.
/// </summary>
public sealed class SentencePieceNormalizer
{
    /// <summary>U+2581, the visible space SentencePiece pieces use.</summary>
    public const char SpaceSymbol = '\u2581';

    private static readonly byte[] Space = " "u8.ToArray();
    private static readonly byte[] Replacement = "\uFFFD"u8.ToArray();
    private static readonly byte[] EscapedSpace = "\u2581"u8.ToArray();

    private readonly PrecompiledCharsMap? _map;
    private readonly bool _addDummyPrefix;
    private readonly bool _removeExtraWhitespaces;
    private readonly bool _escapeWhitespaces;

    public SentencePieceNormalizer(SentencePieceModel model, string source)
    {
        ArgumentNullException.ThrowIfNull(model);
        _map = model.PrecompiledCharsMap.Length > 0 ? new PrecompiledCharsMap(model.PrecompiledCharsMap, source) : null;
        _addDummyPrefix = model.AddDummyPrefix;
        _removeExtraWhitespaces = model.RemoveExtraWhitespaces;
        _escapeWhitespaces = model.EscapeWhitespaces;
    }

    /// <summary>Normalizes <paramref name="text"/>; the result is empty when the text is empty or all spaces.</summary>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = (ReadOnlySpan<byte>)Encoding.UTF8.GetBytes(text);
        var output = new ArrayBufferWriter<byte>(input.Length + 8);
        if (_removeExtraWhitespaces)
        {
            while (!input.IsEmpty)
            {
                var consumed = NormalizePrefix(input, out var piece);
                if (!piece.SequenceEqual(Space))
                {
                    break;
                }

                input = input[consumed..];
            }
        }

        if (input.IsEmpty)
        {
            return string.Empty;
        }

        if (_addDummyPrefix)
        {
            output.Write(_escapeWhitespaces ? EscapedSpace : Space);
        }

        var isPrevSpace = _removeExtraWhitespaces;
        while (!input.IsEmpty)
        {
            var consumed = NormalizePrefix(input, out var piece);
            while (isPrevSpace && !piece.IsEmpty && piece[0] == (byte)' ')
            {
                piece = piece[1..];
            }

            if (!piece.IsEmpty)
            {
                foreach (var b in piece)
                {
                    if (_escapeWhitespaces && b == (byte)' ')
                    {
                        output.Write(EscapedSpace);
                    }
                    else
                    {
                        output.Write([b]);
                    }
                }

                isPrevSpace = piece[^1] == (byte)' ';
            }

            input = input[consumed..];
            if (!_removeExtraWhitespaces)
            {
                isPrevSpace = false;
            }
        }

        var result = output.WrittenSpan;
        if (_removeExtraWhitespaces)
        {
            var tail = _escapeWhitespaces ? EscapedSpace : Space;
            while (result.EndsWith(tail))
            {
                result = result[..^tail.Length];
            }
        }

        return Encoding.UTF8.GetString(result);
    }

    private int NormalizePrefix(ReadOnlySpan<byte> input, out ReadOnlySpan<byte> normalized)
    {
        if (_map is not null)
        {
            var length = _map.LongestMatch(input, out normalized);
            if (length > 0)
            {
                return length;
            }
        }

        var status = Rune.DecodeFromUtf8(input, out _, out var consumed);
        if (status != OperationStatus.Done)
        {
            // Malformed UTF-8 consumes one byte and becomes U+FFFD, as SentencePiece does.
            normalized = Replacement;
            return 1;
        }

        normalized = input[..consumed];
        return consumed;
    }
}
