using SummEval.Compressive.Features;
using SummEval.Extractive.Selection;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// A paper's reference marks (<see cref="CitationMarks"/>: <c>…毫秒级[2-4]，</c>): the decoder never keeps their words, as
/// textrank never keeps a mark, since they point into a reference list no summary has (before: <c>相干时间已从纳秒级提高到毫秒级[2-4]，…</c>).
/// </summary>
internal static class ReferenceMarks
{
    /// <summary>Sets <paramref name="unkept"/> for every word inside a mark of the document's text.</summary>
    internal static void Mark(AnalyzedDocument document, bool[] unkept)
    {
        var source = document.Source;
        var words = document.Words;
        foreach (var (start, length) in CitationMarks.Find(source))
        {
            // Words sit at code-point offsets; a mark is found at UTF-16 ones.
            int first = CodePoints(source, start), end = CodePoints(source, start + length);
            for (var k = 0; k < words.Count; k++)
            {
                unkept[k] |= words[k].Start >= first && words[k].Start + words[k].Length <= end;
            }
        }
    }

    private static int CodePoints(string text, int utf16)
    {
        var count = utf16;
        for (var i = 1; i < utf16; i++)
        {
            count -= char.IsSurrogatePair(text[i - 1], text[i]) ? 1 : 0;
        }

        return count;
    }
}
