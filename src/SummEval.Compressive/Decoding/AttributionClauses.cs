using SummEval.Compressive.Features;
using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// A news story's attributions (<see cref="NewsAttributions"/>: <c>记者从省农业农村厅获悉</c>, <c>据新华社报道</c>, <c>据悉</c>): the
/// decoder never keeps their words, so a summary says what the story says, not where it was heard (before:
/// <c>记者从省农业农村厅获悉，今年我省粮食总产量达到1350亿斤</c>). Their words still count for the features, as a field's do.
/// </summary>
internal static class AttributionClauses
{
    /// <summary>Sets <paramref name="unkept"/> for every word of an attribution, a clause between commas or a sentence's ends.</summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept)
    {
        // MayHave's words (消息, 报道) are common in papers that hold none, so the clauses are read only then.
        if (NewsAttributions.MayHave(document.Source))
        {
            SetAsideClauses.Mark(document, documentSentences, unkept, NewsAttributions.MaxLength, NewsAttributions.IsAttribution);
        }
    }
}
