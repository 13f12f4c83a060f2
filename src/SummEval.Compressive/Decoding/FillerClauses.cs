using SummEval.Compressive.Features;
using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// A speaker's fillers (<see cref="SpokenFillers"/>: <c>大家好</c>, <c>好的</c>, <c>嗯</c>, <c>谢谢大家</c>): the decoder never keeps
/// their words, so a transcript's summary says what was said (before: <c>好的，第二季度要重点恢复华南区的销售</c>).
/// </summary>
internal static class FillerClauses
{
    /// <summary>Sets <paramref name="unkept"/> for every word of a filler, a clause between commas or a sentence's ends.</summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept) =>
        SetAsideClauses.Mark(document, documentSentences, unkept, SpokenFillers.MaxLength, SpokenFillers.IsFiller);
}
