using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>The sentences of an analysed document as runs of its words.</summary>
internal static class DocumentSentences
{
    /// <summary>Each sentence's first word and its number of words, in order.</summary>
    internal static List<(int Start, int Count)> Of(AnalyzedDocument document)
    {
        var words = document.Words;
        var sentences = new List<(int Start, int Count)>();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i < words.Count && words[i].Sentence == words[start].Sentence)
            {
                continue;
            }

            sentences.Add((start, i - start));
            start = i;
        }

        return sentences;
    }

    /// <summary>Each of <paramref name="sentences"/> as the text of its words.</summary>
    internal static List<string> Texts(AnalyzedDocument document, List<(int Start, int Count)> sentences) =>
        [.. sentences.Select(s => string.Concat(document.Words.Skip(s.Start).Take(s.Count).Select(w => w.Text)))];
}
