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
        var words = document.Words;
        if (words.Count == 0 || !NewsAttributions.MayHave(document.Source))
        {
            return;
        }

        // Copied only once an attribution is found: MayHave's words (消息, 报道) are common in papers that hold none.
        bool[]? left = null;
        foreach (var (first, count) in documentSentences.Runs)
        {
            var start = first;
            for (var i = first; i <= first + count; i++)
            {
                if (i < first + count && !(words[i].IsPunctuation && words[i].Text is "，" or "," or "。" or "；" or ";"))
                {
                    continue;
                }

                if (i > start && NewsAttributions.IsAttribution(string.Concat(words.Skip(start).Take(i - start).Select(w => w.Text))))
                {
                    // The comma after it goes too, so no summary opens on one.
                    left ??= (bool[])unkept.Clone();
                    Array.Fill(left, true, start, Math.Min(i + 1, first + count) - start);
                }

                start = i + 1;
            }
        }

        // A story that is nothing but its attribution still gets a summary of it.
        if (left is not null && Enumerable.Range(0, words.Count).Any(i => !left[i] && !words[i].IsPunctuation))
        {
            Array.Copy(left, unkept, unkept.Length);
        }
    }
}
