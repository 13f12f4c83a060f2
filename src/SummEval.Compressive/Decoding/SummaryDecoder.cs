using System.Text;
using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// Turns keep probabilities into a summary. A word of length l kept with probability p adds about p·l matched
/// characters and l characters of length, so its gain is (p − threshold)·l: with F1 around 0.5 a word pays off when
/// p exceeds roughly a quarter; the threshold is tuned. Segments cost a fixed penalty, plus a cut cost for starting
/// right after (or ending right before) a word the model likes: cutting into a phrase reads badly and loses its
/// likely characters.
/// </summary>
public static class SummaryDecoder
{
    private const int MaxDuplicateRounds = 8;

    /// <summary>
    /// The summary of <paramref name="document"/> within <paramref name="budget"/> code points: the decoded words
    /// in source order, joined as they are, without leading or trailing punctuation or whitespace. Opening a segment at
    /// word i costs <paramref name="segmentPenalty"/> + <paramref name="cutPenalty"/>·p(i−1); closing one after word i
    /// costs <paramref name="cutPenalty"/>·p(i+1).
    /// </summary>
    public static string Summarize(AnalyzedDocument document, ReadOnlySpan<double> probabilities, int budget, double threshold, double segmentPenalty, double cutPenalty = 0)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Join(document, Decode(document, probabilities, budget, threshold, segmentPenalty, cutPenalty));
    }

    /// <summary>
    /// The summary chosen by <paramref name="selection"/> among the decodes of <paramref name="document"/> with every
    /// setting of its grid (<see cref="CandidateSelection"/>); ties go to the earlier setting.
    /// </summary>
    public static string Summarize(AnalyzedDocument document, ReadOnlySpan<double> probabilities, int budget, CandidateSelection selection)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(selection);
        var words = document.Words;
        double documentExpected = 0;
        for (var i = 0; i < words.Count && i < probabilities.Length; i++)
        {
            documentExpected += words[i].IsPunctuation ? 0 : probabilities[i] * words[i].Length;
        }

        int[] best = [];
        var bestScore = double.NegativeInfinity;
        foreach (var cut in CandidateSelection.Cuts)
        {
            foreach (var threshold in CandidateSelection.Thresholds)
            {
                foreach (var penalty in CandidateSelection.Penalties)
                {
                    var kept = Decode(document, probabilities, budget, threshold, penalty, cut);
                    double expected = 0;
                    int length = 0, segments = 0;
                    for (var j = 0; j < kept.Length; j++)
                    {
                        expected += probabilities[kept[j]] * words[kept[j]].Length;
                        length += words[kept[j]].Length;
                        segments += j == 0 || kept[j - 1] != kept[j] - 1 ? 1 : 0;
                    }

                    var score = selection.Score(expected, length, segments, documentExpected);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (kept, score);
                    }
                }
            }
        }

        return Join(document, best);
    }

    /// <summary>The kept word indices (ascending) of one decode, leading and trailing punctuation and particles trimmed.</summary>
    private static int[] Decode(AnalyzedDocument document, ReadOnlySpan<double> probabilities, int budget, double threshold, double segmentPenalty, double cutPenalty)
    {
        var words = document.Words;
        var n = words.Count;
        if (probabilities.Length != n)
        {
            throw new ArgumentException($"{probabilities.Length} probabilities for {n} words.", nameof(probabilities));
        }

        var gains = new double[n];
        var lengths = new int[n];
        var open = new double[n];
        var close = new double[n];
        for (var i = 0; i < n; i++)
        {
            gains[i] = (probabilities[i] - threshold) * words[i].Length;
            lengths[i] = words[i].Length;
            open[i] = segmentPenalty + (i > 0 ? cutPenalty * probabilities[i - 1] : 0);
            close[i] = i + 1 < n ? cutPenalty * probabilities[i + 1] : 0;
        }

        var kept = SegmentDecoder.Decode(gains, lengths, budget, open, close).Kept;

        // A repeated word adds nothing to an in-order match, so a summary keeps each content word once: forbid the
        // less likely copy and decode again (a few rounds; each is a fast exact decode).
        for (var round = 0; round < MaxDuplicateRounds; round++)
        {
            var duplicate = FindDuplicate(words, kept, probabilities);
            if (duplicate < 0)
            {
                break;
            }

            gains[duplicate] = double.NegativeInfinity;
            kept = SegmentDecoder.Decode(gains, lengths, budget, open, close).Kept;
        }

        // Nothing beat the threshold (a text unlike the training data): fall back to the most likely words rather
        // than an empty summary.
        if (kept.Length == 0 && threshold > 0 && budget > 0)
        {
            return Decode(document, probabilities, budget, 0, segmentPenalty, cutPenalty);
        }

        int first = 0, last = kept.Length - 1;
        while (first <= last && (words[kept[first]].IsPunctuation || IsDangling(words[kept[first]].Text)))
        {
            first++;
        }

        while (last >= first && (words[kept[last]].IsPunctuation || IsDangling(words[kept[last]].Text)))
        {
            last--;
        }

        return kept[first..(last + 1)];
    }

    private static string Join(AnalyzedDocument document, int[] kept)
    {
        var sb = new StringBuilder();
        foreach (var k in kept)
        {
            sb.Append(document.Words[k].Text);
        }

        return sb.ToString();
    }

    // Particles that cannot start or end a title (的 in "的神经网络").
    private static bool IsDangling(string word) => word is "的" or "了" or "和" or "与" or "及" or "并" or "而";

    private static int FindDuplicate(IReadOnlyList<AnalyzedWord> words, int[] kept, ReadOnlySpan<double> probabilities)
    {
        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in kept)
        {
            var word = words[k];
            if (word.Length < 2 || word.IsPunctuation)
            {
                continue;
            }

            if (firstAt.TryGetValue(word.Text, out var other))
            {
                return probabilities[other] >= probabilities[k] ? k : other;
            }

            firstAt[word.Text] = k;
        }

        return -1;
    }
}
