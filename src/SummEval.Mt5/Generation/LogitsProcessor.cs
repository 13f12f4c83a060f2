namespace SummEval.Mt5.Generation;

/// <summary>
/// The logits processors <c>generate()</c> applies for these settings, in place on one row: no-repeat n-grams
/// (Hugging Face's <c>NoRepeatNGramLogitsProcessor</c>, the start token included in the n-grams), minimum length,
/// then the character budget.
/// </summary>
public static class LogitsProcessor
{
    /// <summary>Processes <paramref name="scores"/> for a row whose ids so far are <paramref name="sequence"/>.</summary>
    public static void Apply(Span<float> scores, ReadOnlySpan<long> sequence, GenerationSettings settings, CharacterBudget? budget, int used)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var eosScore = scores[settings.EosTokenId];
        BanRepeatedNgrams(scores, sequence, settings.NoRepeatNgramSize);
        if (sequence.Length < settings.MinLength)
        {
            scores[settings.EosTokenId] = float.NegativeInfinity;
        }

        budget?.Mask(scores, used, settings.EosTokenId, eosScore);
    }

    /// <summary>Bans every token that would complete an n-gram already present in <paramref name="sequence"/>.</summary>
    public static void BanRepeatedNgrams(Span<float> scores, ReadOnlySpan<long> sequence, int n)
    {
        if (n <= 0 || sequence.Length + 1 < n)
        {
            return;
        }

        var prefix = sequence[(sequence.Length - n + 1)..];
        for (var start = 0; start + n <= sequence.Length; start++)
        {
            if (sequence.Slice(start, n - 1).SequenceEqual(prefix))
            {
                var banned = sequence[start + n - 1];
                if (banned >= 0 && banned < scores.Length)
                {
                    scores[(int)banned] = float.NegativeInfinity;
                }
            }
        }
    }

    /// <summary>log_softmax of one row in place (float, as torch computes it in fp32).</summary>
    public static void LogSoftmax(Span<float> row)
    {
        var max = float.NegativeInfinity;
        foreach (var v in row)
        {
            max = Math.Max(max, v);
        }

        double sum = 0;
        foreach (var v in row)
        {
            sum += Math.Exp(v - max);
        }

        var logSum = (float)Math.Log(sum);
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = row[i] - max - logSum;
        }
    }
}
