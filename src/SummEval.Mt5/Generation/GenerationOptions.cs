namespace SummEval.Mt5.Generation;

/// <summary>
/// Generation options given explicitly (spec, command line, API); null means "as the model folder says", see
/// <see cref="GenerationSettings.Resolve"/>. Names follow Hugging Face's <c>generate()</c>.
/// </summary>
public sealed record GenerationOptions
{
    public int? NumBeams { get; init; }

    /// <summary>Maximum length of the output ids, counting the decoder start token.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Minimum length of the output ids (counting the start token) before <c>&lt;/s&gt;</c> may end it.</summary>
    public int? MinLength { get; init; }

    public double? LengthPenalty { get; init; }

    public EarlyStopping? EarlyStopping { get; init; }

    public int? NoRepeatNgramSize { get; init; }

    public int? DecoderStartTokenId { get; init; }

    public int? EosTokenId { get; init; }

    public int? PadTokenId { get; init; }

    /// <summary>Beam length rule; not part of any model folder, <see cref="Generation.BeamRule.Current"/> when null.</summary>
    public BeamRule? BeamRule { get; init; }

    /// <summary>Explicit values win over <paramref name="fallback"/>'s.</summary>
    public GenerationOptions Over(GenerationOptions fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new GenerationOptions
        {
            NumBeams = NumBeams ?? fallback.NumBeams,
            MaxLength = MaxLength ?? fallback.MaxLength,
            MinLength = MinLength ?? fallback.MinLength,
            LengthPenalty = LengthPenalty ?? fallback.LengthPenalty,
            EarlyStopping = EarlyStopping ?? fallback.EarlyStopping,
            NoRepeatNgramSize = NoRepeatNgramSize ?? fallback.NoRepeatNgramSize,
            DecoderStartTokenId = DecoderStartTokenId ?? fallback.DecoderStartTokenId,
            EosTokenId = EosTokenId ?? fallback.EosTokenId,
            PadTokenId = PadTokenId ?? fallback.PadTokenId,
            BeamRule = BeamRule ?? fallback.BeamRule,
        };
    }
}
