namespace SummEval.Mt5.Generation;

/// <summary>
/// Greedy decoding as Hugging Face's <c>greedy_search</c>: the argmax of the processed raw logits (first index on
/// ties); a row that emitted <c>&lt;/s&gt;</c> continues with padding until every row is finished or
/// <c>max_length</c> is reached.
/// </summary>
public static class GreedySearch
{
    /// <summary>Decodes one row per document.</summary>
    public static GeneratedSequence[] Run(
        IStepDecoder decoder,
        int documents,
        GenerationSettings settings,
        CharacterBudget? budget = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        ArgumentNullException.ThrowIfNull(settings);
        var vocab = decoder.VocabSize;
        var sequences = Enumerable.Range(0, documents).Select(_ => new List<long> { settings.DecoderStartTokenId }).ToArray();
        var finished = new bool[documents];
        var used = new int[documents];
        var tokens = new long[documents];
        var origins = Enumerable.Range(0, documents).ToArray();
        var scores = new float[vocab];
        Array.Fill(tokens, settings.DecoderStartTokenId);
        var logits = decoder.First(tokens);
        var length = 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var r = 0; r < documents; r++)
            {
                if (finished[r])
                {
                    tokens[r] = settings.PadTokenId;
                    continue;
                }

                logits.Slice(r * vocab, vocab).CopyTo(scores);
                LogitsProcessor.Apply(scores, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sequences[r]), settings, budget, used[r]);
                var best = 0;
                for (var t = 1; t < scores.Length; t++)
                {
                    if (scores[t] > scores[best])
                    {
                        best = t;
                    }
                }

                tokens[r] = best;
                sequences[r].Add(best);
                used[r] = budget?.After(used[r], best) ?? 0;
                finished[r] = best == settings.EosTokenId;
            }

            length++;
            if (finished.All(f => f) || length >= settings.MaxLength)
            {
                break;
            }

            logits = decoder.Next(tokens, origins);
        }

        return sequences.Select(s => new GeneratedSequence([.. s], null)).ToArray();
    }
}
