using System.Text;

namespace SummEval.Mt5.Tokenization;

/// <summary>
/// The fields of a SentencePiece <c>spiece.model</c> (a serialized <c>ModelProto</c>) that unigram encoding and
/// decoding use: pieces with scores and types, the model type, byte fallback, and the normalizer spec.
/// </summary>
public sealed class SentencePieceModel
{
    public required IReadOnlyList<Piece> Pieces { get; init; }

    /// <summary>1 unigram, 2 BPE, 3 word, 4 char (<c>TrainerSpec.ModelType</c>).</summary>
    public int ModelType { get; init; } = 1;

    public bool ByteFallback { get; init; }

    public string NormalizerName { get; init; } = string.Empty;

    public byte[] PrecompiledCharsMap { get; init; } = [];

    public bool AddDummyPrefix { get; init; } = true;

    public bool RemoveExtraWhitespaces { get; init; } = true;

    public bool EscapeWhitespaces { get; init; } = true;

    /// <summary>Parses the bytes of a model file; <paramref name="source"/> names it in errors.</summary>
    public static SentencePieceModel Parse(ReadOnlySpan<byte> data, string source)
    {
        var pieces = new List<Piece>();
        var modelType = 1;
        var byteFallback = false;
        string name = string.Empty;
        byte[] charsMap = [];
        bool dummy = true, removeWs = true, escapeWs = true;
        var reader = new ProtoReader(data, source);
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1 when wire == 2:
                    pieces.Add(ParsePiece(reader.ReadBytes(), source));
                    break;
                case 2 when wire == 2:
                    var trainer = new ProtoReader(reader.ReadBytes(), source);
                    while (!trainer.End)
                    {
                        var (f, w) = trainer.ReadTag();
                        if (f == 3 && w == 0)
                        {
                            modelType = (int)trainer.ReadVarint();
                        }
                        else if (f == 35 && w == 0)
                        {
                            byteFallback = trainer.ReadVarint() != 0;
                        }
                        else
                        {
                            trainer.Skip(w);
                        }
                    }

                    break;
                case 3 when wire == 2:
                    var normalizer = new ProtoReader(reader.ReadBytes(), source);
                    while (!normalizer.End)
                    {
                        var (f, w) = normalizer.ReadTag();
                        switch (f)
                        {
                            case 1 when w == 2: name = Encoding.UTF8.GetString(normalizer.ReadBytes()); break;
                            case 2 when w == 2: charsMap = normalizer.ReadBytes().ToArray(); break;
                            case 3 when w == 0: dummy = normalizer.ReadVarint() != 0; break;
                            case 4 when w == 0: removeWs = normalizer.ReadVarint() != 0; break;
                            case 5 when w == 0: escapeWs = normalizer.ReadVarint() != 0; break;
                            default: normalizer.Skip(w); break;
                        }
                    }

                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        if (pieces.Count == 0)
        {
            throw new InvalidDataException($"{source}: not a SentencePiece model (no pieces).");
        }

        return new SentencePieceModel
        {
            Pieces = pieces,
            ModelType = modelType,
            ByteFallback = byteFallback,
            NormalizerName = name,
            PrecompiledCharsMap = charsMap,
            AddDummyPrefix = dummy,
            RemoveExtraWhitespaces = removeWs,
            EscapeWhitespaces = escapeWs,
        };
    }

    /// <summary>Reads and parses a model file.</summary>
    public static SentencePieceModel Load(string path) => Parse(File.ReadAllBytes(path), path);

    private static Piece ParsePiece(ReadOnlySpan<byte> data, string source)
    {
        var reader = new ProtoReader(data, source);
        string text = string.Empty;
        float score = 0;
        var type = PieceType.Normal;
        while (!reader.End)
        {
            var (f, w) = reader.ReadTag();
            switch (f)
            {
                case 1 when w == 2: text = Encoding.UTF8.GetString(reader.ReadBytes()); break;
                case 2 when w == 5: score = reader.ReadFloat(); break;
                case 3 when w == 0: type = (PieceType)(int)reader.ReadVarint(); break;
                default: reader.Skip(w); break;
            }
        }

        return new Piece(text, score, type);
    }
}
