using SummEval.Compressive.Features;
using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The number that opens an article of a law, regulation or contract (<c>第十四条　</c>; <see cref="ListItemMarkers.ArticleLength"/>):
/// the decoder never keeps its words, so a summary does not open on it (before: <c>第十四条　用人单位应当与劳动者订立无固定期限劳动合同</c>).
/// </summary>
internal static class ArticleNumbers
{
    // How an article's number ends (条 and a space, a colon or a mark, or 之一): most text has 条 only in words (条件, 一条).
    private static readonly System.Buffers.SearchValues<string> ArticleEnds = System.Buffers.SearchValues.Create(
        ["条 ", "条\u3000", "条\t", "条：", "条:", "条、", "条．", "条.", "条之"], StringComparison.Ordinal);

    /// <summary>Sets <paramref name="unkept"/> for every word of an article's number at a sentence's start.</summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept)
    {
        var words = document.Words;
        if (words.Count == 0 || document.Source.AsSpan().IndexOfAny(ArticleEnds) < 0)
        {
            return;
        }

        var texts = documentSentences.Texts;
        for (var k = 0; k < texts.Count; k++)
        {
            documentSentences.MarkOpening(k, ListItemMarkers.ArticleLength(texts[k]), unkept);
        }
    }
}
