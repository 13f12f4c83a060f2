using SummEval.Compressive.Features;
using SummEval.Extractive.Normalization;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The sentences of a Chinese document that hold no Chinese character (an English abstract printed beside the Chinese
/// one, its key words, a bare list number): the decoder never keeps their words, so a summary is never an English
/// fragment glued to Chinese words (<c>were studied施氮量对产量</c>). A document without Chinese sentences keeps them all.
/// </summary>
internal static class ForeignSentences
{
    /// <summary>Sets <paramref name="unkept"/> for every word of such a sentence.</summary>
    internal static void Mark(AnalyzedDocument document, bool[] unkept)
    {
        var words = document.Words;
        if (words.Count == 0)
        {
            return;
        }

        var chinese = new bool[words[^1].Sentence + 1];
        foreach (var word in words)
        {
            chinese[word.Sentence] |= HanScript.Contains(word.Text);
        }

        if (!chinese.Contains(true))
        {
            return;
        }

        for (var i = 0; i < words.Count; i++)
        {
            unkept[i] |= !chinese[words[i].Sentence];
        }
    }
}
