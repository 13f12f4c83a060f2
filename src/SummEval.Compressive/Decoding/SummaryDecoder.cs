using System.Text;
using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// Turns keep probabilities into a summary. A word of length l kept with probability p adds about p·l matched
/// characters and l characters of length, so its gain is (p − threshold)·l: with F1 around 0.5 a word pays off when
/// p exceeds roughly a quarter; the threshold is tuned. Segments cost a fixed penalty.
/// </summary>
public static class SummaryDecoder
{
    /// <summary>
    /// The summary of <paramref name="document"/> within <paramref name="budget"/> code points: the decoded words
    /// in source order, joined as they are, without leading or trailing punctuation or whitespace.
    /// </summary>
    public static string Summarize(AnalyzedDocument document, ReadOnlySpan<double> probabilities, int budget, double threshold, double segmentPenalty)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        var gains = new double[words.Count];
        var lengths = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            gains[i] = (probabilities[i] - threshold) * words[i].Length;
            lengths[i] = words[i].Length;
        }

        var kept = SegmentDecoder.Decode(gains, lengths, budget, segmentPenalty).Kept;
        int first = 0, last = kept.Length - 1;
        while (first <= last && words[kept[first]].IsPunctuation)
        {
            first++;
        }

        while (last >= first && words[kept[last]].IsPunctuation)
        {
            last--;
        }

        var sb = new StringBuilder();
        for (var k = first; k <= last; k++)
        {
            sb.Append(words[kept[k]].Text);
        }

        return sb.ToString();
    }
}
