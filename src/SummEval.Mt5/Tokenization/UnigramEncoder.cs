namespace SummEval.Mt5.Tokenization;

/// <summary>
/// Viterbi segmentation of normalized text over a unigram SentencePiece vocabulary, as sentencepiece 0.1.x
/// <c>EncodeOptimized</c>: a character no piece covers costs <c>min_score - 10</c> and becomes unknown; runs of
/// unknown characters become one unknown piece (what <c>spm_encode</c> prints).
/// </summary>
public sealed class UnigramEncoder
{
    private const float UnknownPenalty = 10f;

    private readonly List<Dictionary<char, int>> _children = [new()];
    private readonly List<int> _pieceAt = [-1];
    private readonly IReadOnlyList<Piece> _pieces;
    private readonly float _minScore;
    private readonly float _maxScore;

    public UnigramEncoder(SentencePieceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _pieces = model.Pieces;
        UnknownId = -1;
        _minScore = float.MaxValue;
        _maxScore = float.MinValue;
        for (var id = 0; id < _pieces.Count; id++)
        {
            var piece = _pieces[id];
            switch (piece.Type)
            {
                case PieceType.Unknown:
                    UnknownId = id;
                    break;
                case PieceType.Normal or PieceType.UserDefined or PieceType.Unused when piece.Text.Length > 0:
                    Insert(piece.Text, id);
                    break;
            }

            if (piece.Type == PieceType.Normal)
            {
                _minScore = Math.Min(_minScore, piece.Score);
                _maxScore = Math.Max(_maxScore, piece.Score);
            }
        }

        if (UnknownId < 0)
        {
            throw new InvalidDataException("SentencePiece model has no unknown piece.");
        }
    }

    /// <summary>The id of the unknown piece.</summary>
    public int UnknownId { get; }

    /// <summary>Segments already-normalized text into piece ids.</summary>
    public List<int> Encode(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var size = normalized.Length;
        var bestId = new int[size + 1];
        var bestScore = new float[size + 1];
        var bestStart = new int[size + 1];
        Array.Fill(bestStart, -1);
        var unknownScore = _minScore - UnknownPenalty;
        var start = 0;
        while (start < size)
        {
            var charLength = char.IsHighSurrogate(normalized[start]) && start + 1 < size && char.IsLowSurrogate(normalized[start + 1]) ? 2 : 1;
            var scoreHere = bestScore[start];
            var hasSingle = false;
            var node = 0;
            for (var pos = start; pos < size; pos++)
            {
                if (!_children[node].TryGetValue(normalized[pos], out node))
                {
                    break;
                }

                var id = _pieceAt[node];
                if (id < 0 || _pieces[id].Type == PieceType.Unused)
                {
                    continue;
                }

                var end = pos + 1;
                var length = end - start;
                var score = _pieces[id].Type == PieceType.UserDefined ? (length * _maxScore) - 0.1f : _pieces[id].Score;
                var candidate = score + scoreHere;
                if (bestStart[end] == -1 || candidate > bestScore[end])
                {
                    bestScore[end] = candidate;
                    bestStart[end] = start;
                    bestId[end] = id;
                }

                if (length == charLength)
                {
                    hasSingle = true;
                }
            }

            if (!hasSingle)
            {
                var end = start + charLength;
                var candidate = unknownScore + scoreHere;
                if (bestStart[end] == -1 || candidate > bestScore[end])
                {
                    bestScore[end] = candidate;
                    bestStart[end] = start;
                    bestId[end] = UnknownId;
                }
            }

            start += charLength;
        }

        var ids = new List<int>();
        for (var end = size; end > 0; end = bestStart[end])
        {
            var id = bestId[end];
            if (id == UnknownId && ids.Count > 0 && ids[^1] == UnknownId)
            {
                continue;
            }

            ids.Add(id);
        }

        ids.Reverse();
        return ids;
    }

    private void Insert(string text, int id)
    {
        var node = 0;
        foreach (var c in text)
        {
            if (!_children[node].TryGetValue(c, out var next))
            {
                next = _children.Count;
                _children.Add([]);
                _pieceAt.Add(-1);
                _children[node][c] = next;
            }

            node = next;
        }

        _pieceAt[node] = id;
    }
}
