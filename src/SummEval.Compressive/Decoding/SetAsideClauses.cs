using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The walk the attribution and filler rules share: the words of every clause (between commas or a sentence's ends) that a
/// rule sets aside are never kept, nor the comma after it, unless nothing else would be left.
/// </summary>
internal static class SetAsideClauses
{
    /// <summary>Whether a rule sets <paramref name="clause"/> aside.</summary>
    internal delegate bool ClauseTest(ReadOnlySpan<char> clause);

    /// <summary>
    /// Sets <paramref name="unkept"/> for every word of a clause that <paramref name="isAside"/> holds for; only clauses of at
    /// most twice <paramref name="maxLength"/> characters (spaces around a clause are not its own) are read.
    /// </summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept, int maxLength, ClauseTest isAside)
    {
        var words = document.Words;
        if (words.Count == 0)
        {
            return;
        }

        // Copied only once a clause is found: most documents have none. A clause is read from one buffer, not a string each.
        bool[]? left = null;
        Span<char> clause = stackalloc char[2 * maxLength];
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

                if (i > start && length <= clause.Length && isAside(Text(words, start, i, clause)))
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

    // The words [start, end) written into buffer, which holds them all.
    private static ReadOnlySpan<char> Text(IReadOnlyList<AnalyzedWord> words, int start, int end, Span<char> buffer)
    {
        var length = 0;
        for (var k = start; k < end; k++)
        {
            words[k].Text.CopyTo(buffer[length..]);
            length += words[k].Text.Length;
        }

        return buffer[..length];
    }
}
