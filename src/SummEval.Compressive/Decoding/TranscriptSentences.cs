using SummEval.Compressive.Features;
using SummEval.Extractive.Sentences;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// A transcript's questions and its speakers' names (<see cref="TranscriptTurns"/>): the decoder never keeps their words,
/// so a summary is taken from the answers (before: <c>您如何看待数字普惠金融的发展？张三</c>, a question glued to the name of
/// the one who answers it). The questions' words still count for the features, as a field's do.
/// </summary>
internal static class TranscriptSentences
{
    /// <summary>Sets <paramref name="unkept"/> for every word of a question and of a speaker's name.</summary>
    internal static void Mark(AnalyzedDocument document, DocumentSentences documentSentences, bool[] unkept)
    {
        var words = document.Words;
        if (words.Count == 0 || document.Source.AsSpan().IndexOfAny(":：") < 0)
        {
            return;
        }

        var sentences = documentSentences.Runs;
        var texts = documentSentences.Texts;
        var questions = TranscriptTurns.Questions(texts);
        var names = TranscriptTurns.Names(texts);

        // A text whose answers are all left out otherwise (fields, labels) keeps its questions: an empty summary helps no one.
        if (questions is not null && !sentences.Where((_, k) => !questions[k]).Any(s => Enumerable.Range(s.Start, s.Count).Any(i => !unkept[i] && !words[i].IsPunctuation)))
        {
            questions = null;
        }

        for (var k = 0; k < sentences.Count; k++)
        {
            var (first, count) = sentences[k];
            if (questions?[k] == true)
            {
                Array.Fill(unkept, true, first, count);
                continue;
            }

            if (names is not null)
            {
                documentSentences.MarkOpening(k, names[k], unkept);
            }
        }
    }
}
