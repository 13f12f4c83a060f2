namespace SummEval.Mt5.Generation;

/// <summary>
/// Beam search as Hugging Face's <c>generate()</c> runs it (transformers 4.35 <c>beam_search</c> with
/// <c>BeamSearchScorer</c>; <see cref="BeamRule"/> picks the ≥ 4.36 lengths): fp32 log-softmax, logits processors,
/// plus the beam score, top 2·n over n × vocab per document, <c>&lt;/s&gt;</c> among the first n ranks finishes a
/// hypothesis, the first n others continue.
/// </summary>
public static class BeamSearch
{
    /// <summary>Runs the search for <paramref name="documents"/> documents (rows = documents × beams).</summary>
    public static GeneratedSequence[] Run(
        IStepDecoder decoder,
        int documents,
        GenerationSettings settings,
        CharacterBudget? budget = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        ArgumentNullException.ThrowIfNull(settings);
        var n = settings.NumBeams;
        var rows = documents * n;
        var vocab = decoder.VocabSize;
        var k = 2 * n;
        var sequences = new long[rows][];
        var used = new int[rows];
        var beamScores = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            sequences[r] = [settings.DecoderStartTokenId];
            beamScores[r] = r % n == 0 ? 0f : -1e9f;
        }

        var hypotheses = Enumerable.Range(0, documents)
            .Select(_ => new BeamHypotheses(n, settings.LengthPenalty, settings.EarlyStopping, settings.MaxLength, settings.BeamRule))
            .ToArray();
        var done = new bool[documents];
        var tokens = new long[rows];
        var origins = new int[rows];
        var nextScores = new float[rows];
        var topScores = new float[k];
        var topIndices = new long[k];
        var scores = new float[vocab];
        var start = new long[rows];
        Array.Fill(start, settings.DecoderStartTokenId);
        var logits = decoder.First(start);
        var length = 1;
        var candidates = new float[n * vocab];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var b = 0; b < documents; b++)
            {
                if (done[b])
                {
                    // A finished document keeps running with padding, as in Hugging Face; its rows are ignored.
                    for (var j = 0; j < n; j++)
                    {
                        var row = (b * n) + j;
                        tokens[row] = settings.PadTokenId;
                        nextScores[row] = 0f;
                        origins[row] = row;
                    }

                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    var row = (b * n) + j;
                    var slice = candidates.AsSpan(j * vocab, vocab);
                    logits.Slice(row * vocab, vocab).CopyTo(slice);
                    LogitsProcessor.LogSoftmax(slice);
                    LogitsProcessor.Apply(slice, sequences[row], settings, budget, used[row]);
                    var beamScore = beamScores[row];
                    for (var t = 0; t < slice.Length; t++)
                    {
                        slice[t] += beamScore;
                    }
                }

                TopK(candidates, topScores, topIndices);
                var beam = 0;
                for (var rank = 0; rank < k && beam < n; rank++)
                {
                    var token = topIndices[rank] % vocab;
                    var origin = (b * n) + (int)(topIndices[rank] / vocab);
                    if (token == settings.EosTokenId)
                    {
                        if (rank >= n)
                        {
                            continue;
                        }

                        hypotheses[b].Add(sequences[origin], topScores[rank], length);
                    }
                    else
                    {
                        var row = (b * n) + beam;
                        nextScores[row] = topScores[rank];
                        tokens[row] = token;
                        origins[row] = origin;
                        beam++;
                    }
                }

                if (beam < n)
                {
                    throw new InvalidOperationException($"Beam search found only {beam} of {n} continuations; the vocabulary is smaller than 2·num_beams.");
                }

                done[b] = hypotheses[b].IsDone(topScores[0], length);
            }

            var nextSequences = new long[rows][];
            var nextUsed = new int[rows];
            for (var r = 0; r < rows; r++)
            {
                var previous = sequences[origins[r]];
                var extended = new long[previous.Length + 1];
                previous.CopyTo(extended, 0);
                extended[^1] = tokens[r];
                nextSequences[r] = extended;
                nextUsed[r] = budget?.After(used[origins[r]], tokens[r]) ?? 0;
            }

            sequences = nextSequences;
            used = nextUsed;
            (beamScores, nextScores) = (nextScores, beamScores);
            length++;
            if (done.All(d => d) || length >= settings.MaxLength)
            {
                break;
            }

            logits = decoder.Next(tokens, origins);
        }

        var results = new GeneratedSequence[documents];
        for (var b = 0; b < documents; b++)
        {
            if (!done[b])
            {
                var finalLength = settings.BeamRule == BeamRule.Legacy ? length : length - 1;
                for (var j = 0; j < n; j++)
                {
                    var row = (b * n) + j;
                    hypotheses[b].Add(sequences[row], beamScores[row], finalLength);
                }
            }

            var (score, ids) = hypotheses[b].Best();
            var output = ids.Length < settings.MaxLength ? [.. ids, settings.EosTokenId] : ids;
            results[b] = new GeneratedSequence(output, score);
        }

        return results;
    }

    /// <summary>The k largest values, best first; ties go to the lower index (as a stable sort would).</summary>
    private static void TopK(ReadOnlySpan<float> values, Span<float> topScores, Span<long> topIndices)
    {
        var k = topScores.Length;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (count == k && !(v > topScores[k - 1]))
            {
                continue;
            }

            var pos = count < k ? count : k - 1;
            while (pos > 0 && v > topScores[pos - 1])
            {
                if (pos < k)
                {
                    topScores[pos] = topScores[pos - 1];
                    topIndices[pos] = topIndices[pos - 1];
                }

                pos--;
            }

            topScores[pos] = v;
            topIndices[pos] = i;
            if (count < k)
            {
                count++;
            }
        }
    }
}
