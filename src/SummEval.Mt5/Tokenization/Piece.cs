namespace SummEval.Mt5.Tokenization;

/// <summary>One vocabulary entry of a SentencePiece model.</summary>
public readonly record struct Piece(string Text, float Score, PieceType Type);
