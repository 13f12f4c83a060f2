using SummEval.Compressive.Features;
using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The sentences of a document that are a journal page's fields pasted with the abstract (<c>关键词：…</c>,
/// <c>基金项目：…</c>, a reference list, a heading of the paper's body; <see cref="BibliographicFields.Fields"/>): the decoder never keeps their words, so a summary is not
/// glued from a grant number or a key-word list (<c>基金项目国家自然科学基金项目数字金融发展</c>). Their words still
/// count as the document's words for the features (a key word repeated there is a title term). A document of nothing
/// but fields keeps them all: an empty summary helps no one.
/// </summary>
internal static class FieldSentences
{
    /// <summary>Sets <paramref name="unkept"/> for every word of such a sentence.</summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept)
    {
        var words = document.Words;
        if (words.Count == 0 || !BibliographicFields.MayHave(document.Source))
        {
            return;
        }

        // Each sentence's words, then each judged beside the next (a line of names is a byline before an affiliation).
        var sentences = documentSentences.Runs;
        var marks = BibliographicFields.Fields(documentSentences.Texts);
        var fields = sentences.Where((_, k) => marks[k]).ToList();

        // A document that is nothing but fields still gets a summary of them rather than none.
        if (fields.Sum(f => f.Count) == words.Count)
        {
            return;
        }

        foreach (var (first, count) in fields)
        {
            Array.Fill(unkept, true, first, count);
        }
    }
}
