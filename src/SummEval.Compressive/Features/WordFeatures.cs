using System.Text;
using SummEval.Jieba.Keywords;

namespace SummEval.Compressive.Features;

/// <summary>
/// The per-word feature vector (schema <see cref="SchemaVersion"/>): position, sentence rank, keyword weights,
/// character classes, part of speech, repetition, learned keep rate, and the same facts for neighbouring words.
/// </summary>
public static class WordFeatures
{
    /// <summary>Bumped whenever the meaning or order of features changes; models record it and are rejected on mismatch.</summary>
    public const int SchemaVersion = 3;

    /// <summary>Part-of-speech tags with their own one-hot slot; every other tag shares the last slot.</summary>
    public static readonly IReadOnlyList<string> PosTags =
    [
        "n", "nr", "ns", "nt", "nz", "v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "uj", "ul", "m", "q", "r", "f", "t", "x", "eng", "l", "i", "j", "b",
    ];

    // Words that introduce the topic of an abstract: the title usually continues right after them.
    // Schema 3 adds the verbs that open the topic in other fields (探讨 in medicine, 分析 in economics, 观察 in agriculture).
    private static readonly string[] TriggerList =
    [
        "提出", "基于", "一种", "针对", "研究", "设计", "构建", "采用", "利用", "实现",
        "探讨", "分析", "观察", "评价", "探究", "探索", "考察", "调查", "揭示", "阐述", "评估", "比较",
    ];
    private static readonly Dictionary<string, int> Triggers = TriggerList.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);

    private static readonly string[] BaseNames =
    [
        "doc_position", "sentence_index", "sentence_relative", "first_sentence", "sentence_position", "word_index_in_sentence",
        "sentence_words", "sentence_textrank", "sentence_rank", "tfidf", "idf", "keyword_textrank", "word_length", "all_han",
        "has_ascii_letter", "has_digit", "punctuation", "has_upper", "seen_before", "doc_frequency", "sentence_frequency",
        "in_first_sentence", "keep_rate", "log_train_count", "clause_position", "clause_index", "clause_words", "words_since_trigger",
        "stop_word", "previous_is_trigger",
    ];

    // Context of the word's clause and phrase (schema 2): which clause carries the topic, repeated phrases.
    private static readonly string[] ContextNames =
    [
        "clause_keep_mean", "clause_keep_max", "clause_tfidf_sum", "clause_has_trigger", "trigger_clause_rank", "last_trigger_kind",
        "bigram_prev_frequency", "bigram_next_frequency", "later_occurrences", "words_to_clause_end", "previous_is_de", "next_is_de",
        "first_occurrence_position",
    ];

    // Structured abstracts (目的/方法/结果/结论): which section a word is in, and whether it is the label itself (schema 3).
    private static readonly string[] SectionNames = ["section_kind", "in_section_label", "words_since_section_start", "section_ordinal"];

    private static readonly int[] NeighbourOffsets = [-2, -1, 1, 2];
    private static readonly string[] NeighbourNames = ["keep_rate", "punctuation", "tfidf", "pos", "doc_frequency"];

    /// <summary>Feature names in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. BaseNames,
        .. ContextNames,
        .. SectionNames,
        .. NeighbourOffsets.SelectMany(o => NeighbourNames.Select(n => $"{(o < 0 ? "prev" : "next")}{Math.Abs(o)}_{n}")),
        .. PosTags.Select(t => "pos_" + t),
        "pos_other",
    ];

    /// <summary>Length of each feature vector.</summary>
    public const int Count = 30 + 13 + 4 + (4 * 5) + 28 + 1;

    private static readonly Dictionary<string, int> PosIndex = PosTags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);

    /// <summary>One feature vector per word of <paramref name="document"/>.</summary>
    public static float[][] Extract(AnalyzedDocument document, IdfTable idf, KeepRateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(idf);
        ArgumentNullException.ThrowIfNull(lexicon);
        var words = document.Words;
        var n = words.Count;
        var docLength = Math.Max(1, document.Length);
        var sentenceCount = document.SentenceScores.Length;
        var maxScore = document.SentenceScores.Length == 0 ? 1 : Math.Max(1e-9, document.SentenceScores.Max());
        var sentenceRank = Ranks(document.SentenceScores);

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentencesWith = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var contentWords = 0;
        foreach (var w in words)
        {
            frequency[w.Text] = frequency.GetValueOrDefault(w.Text) + 1;
            if (!sentencesWith.TryGetValue(w.Text, out var set))
            {
                sentencesWith[w.Text] = set = [];
            }

            set.Add(w.Sentence);
            contentWords += w.IsPunctuation ? 0 : 1;
        }

        // Per-word scalars reused by neighbours.
        var rate = new float[n];
        var tfidf = new float[n];
        var punct = new float[n];
        var pos = new float[n];
        var docFreq = new float[n];
        var maxTfidf = 1e-9;
        for (var i = 0; i < n; i++)
        {
            var w = words[i];
            rate[i] = (float)lexicon.Rate(w.Text);
            punct[i] = w.IsPunctuation ? 1 : 0;
            pos[i] = PosIndex.TryGetValue(w.Flag, out var p) ? p : PosTags.Count;
            docFreq[i] = frequency[w.Text];
            var value = w.IsPunctuation || w.Text.Length < 1 ? 0 : frequency[w.Text] * idf.Of(w.Text) / Math.Max(1, contentWords);
            tfidf[i] = (float)value;
            maxTfidf = Math.Max(maxTfidf, value);
        }

        var context = ContextOf(words, rate, tfidf, maxTfidf, document.ClauseWordCounts);
        var sections = SectionFeatures.Of(document);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new float[n][];
        var sinceTrigger = 30;
        for (var i = 0; i < n; i++)
        {
            var w = words[i];
            var f = new float[Count];
            var k = 0;
            var sentenceWords = document.SentenceWordCounts[w.Sentence];
            var clauseWords = document.ClauseWordCounts[i];
            f[k++] = (float)w.Start / docLength;
            f[k++] = w.Sentence;
            f[k++] = sentenceCount <= 1 ? 0 : (float)w.Sentence / (sentenceCount - 1);
            f[k++] = w.Sentence == 0 ? 1 : 0;
            f[k++] = sentenceWords <= 1 ? 0 : (float)w.IndexInSentence / (sentenceWords - 1);
            f[k++] = Math.Min(w.IndexInSentence, 100);
            f[k++] = sentenceWords;
            f[k++] = (float)(document.SentenceScores[w.Sentence] / maxScore);
            f[k++] = sentenceRank[w.Sentence];
            f[k++] = (float)(tfidf[i] / maxTfidf);
            f[k++] = w.IsPunctuation ? 0 : (float)idf.Of(w.Text);
            f[k++] = (float)document.KeywordWeights.GetValueOrDefault(w.Text);
            f[k++] = w.Length;
            f[k++] = AllHan(w.Text) ? 1 : 0;
            f[k++] = w.Text.Any(char.IsAsciiLetter) ? 1 : 0;
            f[k++] = w.Text.Any(char.IsAsciiDigit) ? 1 : 0;
            f[k++] = punct[i];
            f[k++] = w.Text.Any(char.IsAsciiLetterUpper) ? 1 : 0;
            f[k++] = seen.Contains(w.Text) ? 1 : 0;
            f[k++] = docFreq[i];
            f[k++] = sentencesWith[w.Text].Count;
            f[k++] = sentencesWith[w.Text].Contains(0) ? 1 : 0;
            f[k++] = rate[i];
            f[k++] = (float)Math.Log(1 + lexicon.Seen(w.Text));
            f[k++] = clauseWords <= 1 ? 0 : (float)w.IndexInClause / (clauseWords - 1);
            f[k++] = w.Clause;
            f[k++] = clauseWords;
            f[k++] = sinceTrigger;
            f[k++] = StopWords.Default.Contains(w.Text) ? 1 : 0;
            f[k++] = i > 0 && Triggers.ContainsKey(words[i - 1].Text) ? 1 : 0;
            context[i].CopyTo(f, k);
            k += ContextNames.Length;
            sections[i].CopyTo(f, k);
            k += SectionNames.Length;
            foreach (var offset in NeighbourOffsets)
            {
                var j = i + offset;
                var inside = j >= 0 && j < n;
                f[k++] = inside ? rate[j] : -1;
                f[k++] = inside ? punct[j] : 1;
                f[k++] = inside ? (float)(tfidf[j] / maxTfidf) : 0;
                f[k++] = inside ? pos[j] : -1;
                f[k++] = inside ? docFreq[j] : 0;
            }

            f[k + (int)pos[i]] = 1;
            result[i] = f;

            seen.Add(w.Text);
            sinceTrigger = Triggers.ContainsKey(w.Text) ? 0 : Math.Min(30, sinceTrigger + 1);
            if (punct[i] > 0 && w.Text is "。" or "." or "；" or ";")
            {
                sinceTrigger = 30;
            }
        }

        return result;
    }

    /// <summary>The <see cref="ContextNames"/> features of every word.</summary>
    private static float[][] ContextOf(IReadOnlyList<AnalyzedWord> words, float[] rate, float[] tfidf, double maxTfidf, int[] clauseWordCounts)
    {
        var n = words.Count;
        var result = new float[n][];

        // Clauses are maximal runs of words with the same (sentence, clause).
        var clauseStart = new int[n];
        for (var i = 0; i < n; i++)
        {
            clauseStart[i] = i > 0 && words[i - 1].Sentence == words[i].Sentence && words[i - 1].Clause == words[i].Clause ? clauseStart[i - 1] : i;
        }

        var bigrams = new Dictionary<(string, string), int>();
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            total[words[i].Text] = total.GetValueOrDefault(words[i].Text) + 1;
            firstAt.TryAdd(words[i].Text, words[i].Start);
            if (i + 1 < n)
            {
                var key = (words[i].Text, words[i + 1].Text);
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
            }
        }

        var docLength = Math.Max(1, n == 0 ? 1 : words[^1].Start + words[^1].Length);
        var seenCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var triggerClauses = 0;
        var lastTriggerKind = -1;
        var lastSentence = -1;
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end < n && clauseStart[end] == start)
            {
                end++;
            }

            double sum = 0, max = 0, tfidfSum = 0;
            var content = 0;
            var hasTrigger = false;
            for (var j = start; j < end; j++)
            {
                hasTrigger |= Triggers.ContainsKey(words[j].Text);
                if (words[j].IsPunctuation)
                {
                    continue;
                }

                content++;
                sum += rate[j];
                max = Math.Max(max, rate[j]);
                tfidfSum += tfidf[j] / maxTfidf;
            }

            var triggerRank = hasTrigger ? Math.Min(triggerClauses++, 10) : -1;
            for (var i = start; i < end; i++)
            {
                var w = words[i];
                if (w.Sentence != lastSentence)
                {
                    (lastSentence, lastTriggerKind) = (w.Sentence, -1);
                }

                var seenSoFar = seenCount[w.Text] = seenCount.GetValueOrDefault(w.Text) + 1;
                result[i] =
                [
                    content == 0 ? 0 : (float)(sum / content),
                    (float)max,
                    (float)tfidfSum,
                    hasTrigger ? 1 : 0,
                    triggerRank,
                    lastTriggerKind,
                    i > 0 ? bigrams[(words[i - 1].Text, w.Text)] : 0,
                    i + 1 < n ? bigrams[(w.Text, words[i + 1].Text)] : 0,
                    total[w.Text] - seenSoFar,
                    clauseWordCounts[i] - w.IndexInClause - 1,
                    i > 0 && words[i - 1].Text == "的" ? 1 : 0,
                    i + 1 < n && words[i + 1].Text == "的" ? 1 : 0,
                    (float)firstAt[w.Text] / docLength,
                ];
                if (Triggers.TryGetValue(w.Text, out var kind))
                {
                    lastTriggerKind = kind;
                }
            }

            start = end;
        }

        return result;
    }

    private static bool AllHan(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!(rune.Value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2FFFF))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static float[] Ranks(double[] scores)
    {
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var ranks = new float[scores.Length];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r;
        }

        return ranks;
    }
}
