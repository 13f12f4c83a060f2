using SummEval.Jieba.Dictionary;

namespace SummEval.Jieba.Segmentation;

/// <summary>
/// jieba's <c>get_DAG</c> and <c>calc</c> fused: for each start position (right to left) the candidate word
/// ends are found in the prefix dictionary and the best one kept by <c>max((logprob, end))</c>, i.e. the
/// larger end wins a tie, with <c>log(freq or 1) - log(total) + route[end + 1]</c> summed in Python's order.
/// </summary>
internal static class Route
{
    /// <summary>Fills <paramref name="bestEnd"/>[i] with the end (inclusive) of the word starting at i.</summary>
    public static void Compute(ReadOnlySpan<char> sentence, PrefixDictionary dictionary, Span<int> bestEnd, Span<double> score)
    {
        var n = sentence.Length;
        var logTotal = dictionary.LogTotal;
        var table = dictionary.Table;
        score[n] = 0;
        for (var k = n - 1; k >= 0; k--)
        {
            var best = double.NegativeInfinity;
            var bestX = -1;
            var state = WordTable.ProbeState.Start;
            for (var i = k; i < n; i++)
            {
                // jieba's `while i < n and frag in FREQ`; a key no longer key starts with ends the walk without
                // probing for its absent extension.
                if (!table.Probe(sentence.Slice(k, i - k + 1), ref state, out var logFreq, out var word, out var extended))
                {
                    break;
                }

                if (word)
                {
                    var value = logFreq - logTotal + score[i + 1];
                    // Ends come in ascending order, so >= lets the larger end win a tie.
                    if (value >= best)
                    {
                        best = value;
                        bestX = i;
                    }
                }

                if (!extended)
                {
                    break;
                }
            }

            if (bestX < 0)
            {
                // DAG[k] = [k]: the lone character, frequency "or 1" -> log(1) = 0.
                best = 0.0 - logTotal + score[k + 1];
                bestX = k;
            }

            score[k] = best;
            bestEnd[k] = bestX;
        }
    }

    /// <summary>jieba's <c>get_DAG</c> for full mode: appends the ends for each start to <paramref name="ends"/>.</summary>
    public static void Dag(ReadOnlySpan<char> sentence, PrefixDictionary dictionary, Span<int> firstEnd, List<int> ends)
    {
        var n = sentence.Length;
        for (var k = 0; k < n; k++)
        {
            firstEnd[k] = ends.Count;
            var i = k;
            while (i < n && dictionary.TryGet(sentence.Slice(k, i - k + 1), out var entry))
            {
                if (entry.Freq != 0)
                {
                    ends.Add(i);
                }

                i++;
            }

            if (ends.Count == firstEnd[k])
            {
                ends.Add(k);
            }
        }

        firstEnd[n] = ends.Count;
    }
}
