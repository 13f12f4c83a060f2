using SummEval.Compressive.Features;
using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The label of a form's line that gives a name or a title (<c>通用名称：</c>, <c>报告题目：</c>; <see cref="FormLines.NameLabelLength"/>), at a
/// sentence's start or after its section label (<c>【药品名称】通用名称：</c>): the decoder never keeps its words, since the name
/// after it says what the label would (before: <c>通用名称：布洛芬缓释胶囊</c>, as textrank already said <c>布洛芬缓释胶囊</c>).
/// </summary>
internal static class NameLabels
{
    /// <summary>Sets <paramref name="unkept"/> for every word of such a label.</summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept)
    {
        var words = document.Words;
        if (words.Count == 0 || !FormLines.MayHaveNameLabel(document.Source))
        {
            return;
        }

        var texts = documentSentences.Texts;
        for (var k = 0; k < texts.Count; k++)
        {
            // A sentence after a line's break opens on it.
            var text = texts[k].AsSpan();
            var start = text.Length - text.TrimStart().Length;
            var section = SectionLabels.LabelLength(text[start..]);
            if (FormLines.NameLabelLength(text[(start + section)..]) is var label and > 0)
            {
                documentSentences.MarkOpening(k, start + section + label, unkept);
            }
        }
    }
}
