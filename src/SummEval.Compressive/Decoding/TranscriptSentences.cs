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

            // The name's words: those that start inside it (jieba may cut 张三： as 张三 and ：).
            for (int i = first, at = 0; names is not null && i < first + count && at < names[k]; at += words[i].Text.Length, i++)
            {
                unkept[i] = true;
            }
        }
    }
}
