using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The walk the attribution and filler rules share: the words of every clause (between commas or a sentence's ends) that a
/// rule sets aside are never kept, nor the comma after it, unless nothing else would be left.
/// </summary>
internal static class SetAsideClauses
{
    /// <summary>Sets <paramref name="unkept"/> for every word of a clause of at most <paramref name="maxLength"/> characters that <paramref name="isAside"/> holds for.</summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept, int maxLength, Func<string, bool> isAside)
    {
        var words = document.Words;
        if (words.Count == 0)
        {
            return;
        }

        // Copied only once a clause is found: most documents have none.
        bool[]? left = null;
        foreach (var (first, count) in documentSentences.Runs)
        {
            var start = first;
            var length = 0;
            for (var i = first; i <= first + count; i++)
            {
                // Words no summary keeps anyway (a speaker's name, a label) are not the clause's: 张三：|好的，….
                if (i == start && i < first + count && unkept[i])
                {
                    start++;
                    continue;
                }

                if (i < first + count && !(words[i].IsPunctuation && words[i].Text is "，" or "," or "。" or "；" or ";"))
                {
                    length += words[i].Text.Length;
                    continue;
                }

                // Spaces around a clause are not its characters, so a clause a little longer is still read.
                if (i > start && length <= 2 * maxLength && isAside(string.Concat(words.Skip(start).Take(i - start).Select(w => w.Text))))
                {
                    // The comma after it goes too, so no summary opens on one.
                    left ??= (bool[])unkept.Clone();
                    Array.Fill(left, true, start, Math.Min(i + 1, first + count) - start);
                }

                start = i + 1;
                length = 0;
            }
        }

        // A text that is nothing but such clauses still gets a summary of them.
        if (left is not null && Enumerable.Range(0, words.Count).Any(i => !left[i] && !words[i].IsPunctuation))
        {
            Array.Copy(left, unkept, unkept.Length);
        }
    }
}
