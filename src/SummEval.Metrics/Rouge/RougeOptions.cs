using SummEval.Tokenization;

namespace SummEval.Metrics;

/// <summary>What a ROUGE token is and how several references are combined.</summary>
public sealed record RougeOptions
{
    /// <summary>
    /// The word tokenizer, applied to each line; whitespace-only tokens are dropped and ASCII A-Z folded to a-z.
    /// Null means character level: every non-whitespace code point is a token, only A-Z folded.
    /// </summary>
    public ITextTokenizer? Tokenizer { get; init; }

    /// <summary>How several references combine; ROUGE-1.5.5's pooling by default.</summary>
    public ReferenceMode References { get; init; } = ReferenceMode.Pooled;

    /// <summary>Character level, pooled references: the canonical setting.</summary>
    public static RougeOptions Character { get; } = new();
}
