using System.Text;

namespace SummEval.Mt5.Tokenization;

/// <summary>
/// mT5's tokenizer as Hugging Face's slow <c>T5Tokenizer</c> (legacy) uses it: SentencePiece unigram encoding
/// with <c>&lt;/s&gt;</c> appended (truncation keeps it last), and decoding that skips special tokens.
/// </summary>
public sealed class Mt5Tokenizer
{
    private readonly SentencePieceNormalizer _normalizer;
    private readonly UnigramEncoder _encoder;
    private readonly string[] _visible;

    public Mt5Tokenizer(SentencePieceModel model, string source, int eosId = 1, int padId = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.ModelType != 1)
        {
            throw new InvalidDataException($"{source}: SentencePiece model type {model.ModelType} is not unigram (1); mT5 uses a unigram model.");
        }

        if (model.ByteFallback)
        {
            // mT5's and T5's models have no byte pieces; refusing is better than emitting <unk> where spm emits bytes.
            throw new InvalidDataException($"{source}: SentencePiece byte fallback is not supported (mT5/T5 models do not use it).");
        }

        Model = model;
        _normalizer = new SentencePieceNormalizer(model, source);
        _encoder = new UnigramEncoder(model);
        EosId = eosId;
        PadId = padId;
        _visible = new string[model.Pieces.Count];
        for (var id = 0; id < _visible.Length; id++)
        {
            var piece = model.Pieces[id];
            _visible[id] = IsSpecial(id) ? string.Empty : piece.Text.Replace(SentencePieceNormalizer.SpaceSymbol, ' ');
        }
    }

    public SentencePieceModel Model { get; }

    public int EosId { get; }

    public int PadId { get; }

    public int UnknownId => _encoder.UnknownId;

    /// <summary>Number of pieces; model vocabularies may be larger (ids past this decode to nothing).</summary>
    public int PieceCount => _visible.Length;

    /// <summary>Loads <c>spiece.model</c>.</summary>
    public static Mt5Tokenizer Load(string path, int eosId = 1, int padId = 0) =>
        new(SentencePieceModel.Load(path), path, eosId, padId);

    /// <summary>The SentencePiece ids of <paramref name="text"/> (what <c>spm_encode --output_format=id</c> prints).</summary>
    public List<int> EncodePieces(string text) => _encoder.Encode(_normalizer.Normalize(text));

    /// <summary>
    /// Model input ids: the pieces, cut to <paramref name="maxTokens"/> - 1, then <c>&lt;/s&gt;</c>
    /// (Hugging Face's <c>truncation=True, max_length=maxTokens</c>).
    /// </summary>
    public long[] Encode(string text, int maxTokens = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);
        var pieces = EncodePieces(text);
        var n = Math.Min(pieces.Count, maxTokens - 1);
        var ids = new long[n + 1];
        for (var i = 0; i < n; i++)
        {
            ids[i] = pieces[i];
        }

        ids[n] = EosId;
        return ids;
    }

    /// <summary>The piece text of an id, for debugging.</summary>
    public string PieceOf(int id) => id >= 0 && id < PieceCount ? Model.Pieces[id].Text : string.Empty;

    /// <summary>What an id adds to decoded text before trimming: empty for special and out-of-vocabulary ids.</summary>
    public string VisibleText(int id) => id >= 0 && id < _visible.Length ? _visible[id] : string.Empty;

    /// <summary>
    /// <c>T5Tokenizer.decode(ids, skip_special_tokens=True)</c>: specials (pad, eos, unk, control) dropped, U+2581
    /// as space, surrounding whitespace trimmed, then Hugging Face's tokenization-space clean-up.
    /// </summary>
    public string Decode(ReadOnlySpan<long> ids)
    {
        var sb = new StringBuilder();
        foreach (var id in ids)
        {
            sb.Append(VisibleText(checked((int)id)));
        }

        return CleanUp(sb.ToString().Trim());
    }

    /// <inheritdoc cref="Decode(ReadOnlySpan{long})"/>
    public string Decode(IEnumerable<long> ids) => Decode(ids.ToArray());

    /// <summary>True for ids decoding skips: pad, eos, unk and control pieces.</summary>
    public bool IsSpecial(int id) =>
        id == EosId || id == PadId || id == UnknownId ||
        (id >= 0 && id < Model.Pieces.Count && Model.Pieces[id].Type is PieceType.Control or PieceType.Unknown);

    private static string CleanUp(string text) =>
        text.Replace(" .", ".", StringComparison.Ordinal)
            .Replace(" ?", "?", StringComparison.Ordinal)
            .Replace(" !", "!", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal)
            .Replace(" ' ", "'", StringComparison.Ordinal)
            .Replace(" n't", "n't", StringComparison.Ordinal)
            .Replace(" 'm", "'m", StringComparison.Ordinal)
            .Replace(" 's", "'s", StringComparison.Ordinal)
            .Replace(" 've", "'ve", StringComparison.Ordinal)
            .Replace(" 're", "'re", StringComparison.Ordinal);
}
