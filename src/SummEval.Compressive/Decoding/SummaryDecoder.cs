using System.Text;
using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>Turns word scores into a summary: gains = score + bias, decode within the budget, join kept words.</summary>
public static class SummaryDecoder
{
    /// <summary>
    /// The summary of <paramref name="document"/> within <paramref name="budget"/> code points: the decoded words
    /// in source order, joined as they are, without leading or trailing punctuation or whitespace.
    /// </summary>
    public static string Summarize(AnalyzedDocument document, ReadOnlySpan<double> scores, int budget, double bias, double segmentPenalty)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.Words;
        var gains = new double[words.Count];
        var lengths = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            gains[i] = scores[i] + bias;
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
