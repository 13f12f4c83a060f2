namespace SummEval.Mt5.Tokenization;

/// <summary>Kinds of SentencePiece pieces (<c>ModelProto.SentencePiece.Type</c>).</summary>
public enum PieceType
{
    Normal = 1,
    Unknown = 2,
    Control = 3,
    UserDefined = 4,
    Unused = 5,
    Byte = 6,
}
