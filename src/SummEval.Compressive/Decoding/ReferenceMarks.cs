using SummEval.Compressive.Features;
using SummEval.Extractive.Selection;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// A paper's reference marks (<see cref="CitationMarks"/>: <c>…毫秒级[2-4]，</c>, <c>…信贷约束（张三等，2020），</c>): the decoder
/// never keeps their words, as textrank never keeps a mark, since they point into a reference list no summary has (before:
/// <c>相干时间已从纳秒级提高到毫秒级[2-4]，…</c>).
/// </summary>
internal static class ReferenceMarks
{
    /// <summary>Sets <paramref name="unkept"/> for every word inside a mark of the document's text.</summary>
    internal static void Mark(AnalyzedDocument document, bool[] unkept)
    {
        var marks = CitationMarks.Find(document.Source);
        var words = document.Words;
        // The words cover the text end to end, so their UTF-16 offsets, at which the marks are found, add up from their texts.
        int m = 0, at = 0;
        for (var k = 0; k < words.Count && m < marks.Count; k++)
        {
            var end = at + words[k].Text.Length;
            while (m < marks.Count && marks[m].Start + marks[m].Length < end)
            {
                m++;
            }

            unkept[k] |= m < marks.Count && at >= marks[m].Start && end <= marks[m].Start + marks[m].Length;
            at = end;
        }
    }
}
