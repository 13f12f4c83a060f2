namespace SummEval.Compressive.Features;

/// <summary>
/// Phrase-level cues of a word (schema 4): the longest word n-gram holding it that the document repeats (titles name
/// the phrase the abstract repeats, whatever the field's vocabulary), and the noun-phrase chunk it belongs to (a
/// maximal run of content words between function words): its length, how often the document repeats it, how far the
/// word is from its end, which chunk of the sentence it is, and whether it is the phrase right after the first 的 that
/// follows a topic trigger (提出一种基于…的 <em>推荐方法</em>).
/// </summary>
internal static class PhraseFeatures
{
    /// <summary>Feature names in vector order.</summary>
    public static readonly string[] Names =
    [
        "repeat_ngram_chars", "repeat_ngram_count", "chunk_chars", "chunk_words", "chunk_words_to_end", "chunk_doc_count",
        "chunk_ordinal_in_sentence", "chunk_after_trigger_de",
    ];

    private const int MaxNgram = 8;

    // Parts of speech that make up a noun-phrase chunk: nouns, verbs and their nominal forms, adjectives,
    // distinguishing words, idioms, abbreviations and foreign words.
    private static readonly HashSet<string> ChunkTags = new(StringComparer.Ordinal)
    {
        "n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "v", "vn", "vg", "a", "an", "ag", "b", "eng", "j", "l", "i", "g", "k",
    };

    /// <summary>The <see cref="Names"/> features of every word of <paramref name="document"/>.</summary>
    public static float[][] Of(AnalyzedDocument document, Func<string, bool> isTrigger)
    {
        var words = document.Words;
        var n = words.Count;
        var result = new float[n][];
        for (var i = 0; i < n; i++)
        {
            result[i] = new float[Names.Length];
        }

        Repeats(words, result);
        Chunks(document, isTrigger, result);
        return result;
    }

    // For every n-gram of non-punctuation words that occurs at least twice, its words get its length if it is the longest so far.
    private static void Repeats(IReadOnlyList<AnalyzedWord> words, float[][] result)
    {
        var n = words.Count;
        for (var size = 1; size <= MaxNgram; size++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var keys = new string?[n];
            for (var i = 0; i + size <= n; i++)
            {
                if (Enumerable.Range(i, size).Any(j => words[j].IsPunctuation))
                {
                    continue;
                }

                var key = keys[i] = string.Concat(Enumerable.Range(i, size).Select(j => words[j].Text));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            var any = false;
            for (var i = 0; i + size <= n; i++)
            {
                if (keys[i] is not { } key || counts[key] < 2)
                {
                    continue;
                }

                any = true;
                for (var j = i; j < i + size; j++)
                {
                    if (key.Length >= result[j][0])
                    {
                        result[j][0] = key.Length;
                        result[j][1] = counts[key];
                    }
                }
            }

            // A longer n-gram can only repeat if a shorter one does.
            if (!any)
            {
                break;
            }
        }
    }

    private static void Chunks(AnalyzedDocument document, Func<string, bool> isTrigger, float[][] result)
    {
        var words = document.Words;
        var n = words.Count;
        var sentence = -1;
        var ordinal = 0;

        // 0: no trigger yet in the sentence; 1: trigger seen; 2: 的 after the trigger seen, the next chunk is the phrase; 3: done.
        var state = 0;
        var i = 0;
        while (i < n)
        {
            if (words[i].Sentence != sentence)
            {
                (sentence, ordinal, state) = (words[i].Sentence, 0, 0);
            }

            if (!InChunk(words[i], isTrigger))
            {
                if (isTrigger(words[i].Text) && state == 0)
                {
                    state = 1;
                }
                else if (words[i].Text == "的" && state == 1)
                {
                    state = 2;
                }

                i++;
                continue;
            }

            var end = i;
            while (end < n && words[end].Sentence == sentence && InChunk(words[end], isTrigger))
            {
                end++;
            }

            var text = string.Concat(Enumerable.Range(i, end - i).Select(j => words[j].Text));
            var occurrences = Occurrences(document.Source, text);
            var afterDe = state == 2 ? 1f : 0f;
            for (var j = i; j < end; j++)
            {
                var f = result[j];
                f[2] = text.Length;
                f[3] = end - i;
                f[4] = end - j - 1;
                f[5] = occurrences;
                f[6] = Math.Min(ordinal, 10);
                f[7] = afterDe;
            }

            if (state == 2)
            {
                state = 3;
            }

            ordinal++;
            i = end;
        }
    }

    private static bool InChunk(AnalyzedWord word, Func<string, bool> isTrigger) =>
        !word.IsPunctuation && ChunkTags.Contains(word.Flag) && !isTrigger(word.Text);

    private static int Occurrences(string source, string text)
    {
        var count = 0;
        for (var at = source.IndexOf(text, StringComparison.Ordinal); at >= 0; at = source.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
