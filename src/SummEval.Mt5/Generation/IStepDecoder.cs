namespace SummEval.Mt5.Generation;

/// <summary>
/// One decoding step for every row (document × beam) at once: given each row's newest token, the next-token
/// logits. Searches are written against this, so they are tested without a model.
/// </summary>
public interface IStepDecoder
{
    /// <summary>Logits per row (length of one row's slice of the returned span).</summary>
    int VocabSize { get; }

    /// <summary>Runs the first step with the decoder start tokens; returns logits, row-major [rows, vocab].</summary>
    ReadOnlySpan<float> First(ReadOnlySpan<long> startTokens);

    /// <summary>
    /// Runs a later step: row <c>r</c> continues the sequence that row <c>origins[r]</c> had (beam reordering of the
    /// cache) and appends <c>tokens[r]</c>. Returns logits, row-major [rows, vocab].
    /// </summary>
    ReadOnlySpan<float> Next(ReadOnlySpan<long> tokens, ReadOnlySpan<int> origins);
}
