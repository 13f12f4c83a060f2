using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The sentences of an analysed document as runs of its words, and their texts: each found on first use and then shared by
/// every rule that reads them, so a document's sentences are split and joined once however many rules look.
/// </summary>
internal sealed class DocumentSentences(AnalyzedDocument document)
{
    private List<(int Start, int Count)>? runs;
    private List<string>? texts;

    /// <summary>Each sentence's first word and its number of words, in order.</summary>
    internal List<(int Start, int Count)> Runs => runs ??= Split(document);

    /// <summary>Each sentence as the text of its words, in the order of <see cref="Runs"/>.</summary>
    internal List<string> Texts => texts ??= [.. Runs.Select(s => string.Concat(document.Words.Skip(s.Start).Take(s.Count).Select(w => w.Text)))];

    /// <summary>
    /// Sets <paramref name="unkept"/> for the words of sentence <paramref name="sentence"/> that start inside its first
    /// <paramref name="chars"/> characters: a label, a name or a number that opens it, which jieba may cut across words
    /// (第十四|条, 张三|：).
    /// </summary>
    internal void MarkOpening(int sentence, int chars, bool[] unkept)
    {
        var words = document.Words;
        var (first, count) = Runs[sentence];
        for (int i = first, at = 0; i < first + count && at < chars; at += words[i].Text.Length, i++)
        {
            unkept[i] = true;
        }
    }

    private static List<(int Start, int Count)> Split(AnalyzedDocument document)
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
}
