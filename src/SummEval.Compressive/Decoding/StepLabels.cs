using SummEval.Compressive.Features;
using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// The label of a step or a day that opens a sentence of a guide, a recipe or an itinerary (<c>步骤2：</c>, <c>第一步：</c>,
/// <c>Day 2：</c>, <c>第二天：</c>; <see cref="ListItemMarkers.Length"/>), where two or more do: the decoder never keeps its words, so a
/// summary does not open on one (before: <c>Day 2：昆明—大理，游览洱海、崇圣寺三塔</c>), as <see cref="ArticleNumbers"/> does for a law's.
/// </summary>
internal static class StepLabels
{
    // What a step's or a day's label holds: most text has none, and is passed over with one search.
    private static readonly System.Buffers.SearchValues<string> LabelWords = System.Buffers.SearchValues.Create(["步骤", "Day", "day", "步：", "天：", "步:", "天:"], StringComparison.Ordinal);

    /// <summary>Sets <paramref name="unkept"/> for every word of a step's or a day's label at a sentence's start, when two sentences open on one.</summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept)
    {
        if (document.Words.Count == 0 || document.Source.AsSpan().IndexOfAny(LabelWords) < 0)
        {
            return;
        }

        var texts = documentSentences.Texts;
        var lengths = new int[texts.Count];
        var labelled = 0;
        for (var k = 0; k < texts.Count; k++)
        {
            lengths[k] = StepLabelLength(texts[k]);
            labelled += lengths[k] > 0 ? 1 : 0;
        }

        for (var k = 0; labelled >= 2 && k < texts.Count; k++)
        {
            documentSentences.MarkOpening(k, lengths[k], unkept);
        }
    }

    // The marker's length when it is a step's or a day's (not 1、 or （一）, which a paper's lists open with too).
    private static int StepLabelLength(string sentence)
    {
        var length = ListItemMarkers.Length(sentence);
        if (length == 0)
        {
            return 0;
        }

        var marker = sentence.AsSpan(0, length).Trim().TrimEnd("：:、，,.．").TrimEnd();
        return ListItemMarkers.IsStepLabel(marker) || marker.StartsWith("day", StringComparison.OrdinalIgnoreCase) || (marker is ['第', .., '天'] && marker.Length <= 5) ? length : 0;
    }
}
