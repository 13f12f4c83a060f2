using SummEval.Extractive.Tokenization;

namespace SummEval.Extractive.TextRank;

/// <summary>One clause of a <see cref="TextRankDocument"/>: its text (labels and framing stripped), sentence and words.</summary>
/// <param name="Text">The clause as it would appear in a summary.</param>
/// <param name="Sentence">Index of its sentence in <see cref="TextRankDocument.Sentences"/>.</param>
/// <param name="Words">Its distinct word ids.</param>
/// <param name="Length">Its length in code points.</param>
/// <param name="Position">Index of the clause within its sentence.</param>
/// <param name="TokenIds">Word id per token, -1 for stop words and punctuation.</param>
/// <param name="TokenEnds">End offset (UTF-16) per token, or empty when the tokens do not tile the text (bigrams).</param>
/// <param name="Role">Objective, result or other, from its section label and the framing stripped from it.</param>
/// <param name="Dangling">It opens with a word that continues a sentence (<c>且</c>, <c>并</c>, ...).</param>
/// <param name="HasResultWord">It contains a word of change or comparison (<c>降低</c>, <c>高于</c>, ...).</param>
/// <param name="ListMarks">End offsets of its list marks (<c>、</c>, <c>和</c>, <c>及</c>, ...), ascending; null when none.</param>
/// <param name="TopicHead">It ends on a topic head noun (<c>影响</c>, <c>效果</c>, <c>机制</c>, ...).</param>
/// <param name="ObjectiveSection">It lies in a structured abstract's labelled objective section (<c>目的：</c>, <c>目标</c>).</param>
/// <param name="Named">It is what the text puts forward, after framing that ends on <c>一种</c> or <c>一类</c> (<c>本文提出了一种|改进的负荷估计算法</c>, <c>本发明提供一种|茶叶杀青装置</c>).</param>
/// <param name="Beneficiary">Code points of the beneficiary before a benefit verb whose 为 framing took (为X|提供…), or 0.</param>
public sealed record TextRankClause(string Text, int Sentence, int[] Words, int Length, int Position, int[] TokenIds, int[] TokenEnds, ClauseRole Role = ClauseRole.Other, bool Dangling = false, bool HasResultWord = false, int[]? ListMarks = null, bool TopicHead = false, bool ObjectiveSection = false, bool Named = false, int Beneficiary = 0)
{
    /// <summary>Number of list marks within the first <paramref name="length"/> UTF-16 units of <see cref="Text"/>.</summary>
    public int ListMarksWithin(int length)
    {
        // A loop, not LINQ: this runs for every candidate piece, and a lambda would capture length each time.
        var count = 0;
        foreach (var end in ListMarks ?? [])
        {
            count += end <= length ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The clause from token <paramref name="token"/> on (an inner span at a word boundary; <see cref="TokenEnds"/>
    /// must tile the text and <paramref name="token"/> be at least 1): its words, list marks and beneficiary, not dangling, and
    /// not what the text puts forward.
    /// </summary>
    public TextRankClause From(int token)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(token, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(token, TokenEnds.Length);
        var offset = TokenEnds[token - 1];
        var text = Text[offset..];
        var ids = TokenIds[token..];
        var before = Beneficiary > 0 ? SummEval.Text.TextLength.Chars(Text.AsSpan(0, offset)) : 0;
        return this with
        {
            // The beneficiary is counted from the clause's start: the span keeps what of it lies after its own start.
            Beneficiary = Beneficiary > before ? Beneficiary - before : 0,
            Text = text,
            Words = DistinctWords(ids),
            Length = SummEval.Text.TextLength.Chars(text),
            TokenIds = ids,
            TokenEnds = Shifted(TokenEnds.AsSpan(token), offset),
            Dangling = false,
            Named = false,
            ListMarks = ListMarks is null ? null : MarksAfter(ListMarks, offset),
        };
    }

    // Distinct content word ids (stop words and punctuation, -1, left out) in order of first occurrence; a clause has
    // a few dozen words, so a scan beats a set (this runs for every clause, inner span and cut clause); they gather on
    // the stack and are copied out once.
    internal static int[] DistinctWords(ReadOnlySpan<int> ids)
    {
        Span<int> distinct = ids.Length <= 128 ? stackalloc int[ids.Length] : new int[ids.Length];
        var count = 0;
        foreach (var id in ids)
        {
            if (id >= 0 && !distinct[..count].Contains(id))
            {
                distinct[count++] = id;
            }
        }

        return distinct[..count].ToArray();
    }

    // Each offset minus shift.
    private static int[] Shifted(ReadOnlySpan<int> ends, int shift)
    {
        var shifted = new int[ends.Length];
        for (var i = 0; i < ends.Length; i++)
        {
            shifted[i] = ends[i] - shift;
        }

        return shifted;
    }

    // The list marks past offset, shifted to it; null when none.
    private static int[]? MarksAfter(int[] marks, int offset)
    {
        List<int>? after = null;
        foreach (var end in marks)
        {
            if (end > offset)
            {
                (after ??= []).Add(end - offset);
            }
        }

        return after?.ToArray();
    }

    /// <summary>
    /// The longest prefix of whole tokens within <paramref name="budget"/> code points and its distinct word ids;
    /// empty when the tokens do not tile the text or the first token alone is too long.
    /// </summary>
    /// <param name="budget">Code points.</param>
    /// <param name="wellFormed">Back off to a prefix that does not end on a function word or inside brackets (<see cref="Selection.WellFormedCut"/>).</param>
    /// <param name="rules">With <paramref name="wellFormed"/>, the optional cut rules that apply (all of them by default).</param>
    public (string Text, int Length, int[] Words) Prefix(int budget, bool wellFormed = false, Selection.WellFormedCutRules rules = Selection.WellFormedCutRules.All)
    {
        var end = 0;
        var chars = 0;
        var count = 0;
        for (var t = 0; t < TokenEnds.Length; t++)
        {
            var start = t == 0 ? 0 : TokenEnds[t - 1];
            var c = SummEval.Text.TextLength.Chars(Text.AsSpan(start, TokenEnds[t] - start));
            if (chars + c > budget)
            {
                break;
            }

            chars += c;
            // Schr|ö|dinger: jieba's cut inside an accented Latin word is no word end.
            if (!LatinLetters.SplitsWord(Text, TokenEnds[t]))
            {
                end = TokenEnds[t];
                count = t + 1;
            }
        }

        if (wellFormed)
        {
            count = Selection.WellFormedCut.Count(Text, TokenEnds, count, rules);
            end = count == 0 ? 0 : TokenEnds[count - 1];
        }

        var text = Text[..end].TrimEnd();
        var words = DistinctWords(TokenIds.AsSpan(0, count));
        return (text, SummEval.Text.TextLength.Chars(text), words);
    }
}

/// <summary>
/// A document split and tokenized once for TextRank: sentences without section labels, their clauses, word ids and
/// each word's IDF. Selection under any <see cref="TextRankOptions"/> reuses it (cross-validation scores many).
/// </summary>
/// <param name="Sentences">Sentences in source order, section labels stripped, label-only sentences dropped.</param>
/// <param name="SentenceWords">Word ids per sentence (content words, in order, with repeats).</param>
/// <param name="Clauses">Every clause of every sentence, in source order.</param>
/// <param name="Idf">IDF per word id (all 1 when no IDF table was given).</param>
/// <param name="Numeric">Per word id: the word contains a digit (a measurement, a year, a count).</param>
/// <param name="Structured">The source has a section label (<c>目的</c>, <c>方法</c>, ...).</param>
/// <param name="Lead">
/// When the document has neither a section label nor an objective clause: its first sentence, framing stripped, as
/// one candidate (sentence 0); otherwise null.
/// </param>
public sealed record TextRankDocument(IReadOnlyList<string> Sentences, int[][] SentenceWords, IReadOnlyList<TextRankClause> Clauses, double[] Idf, bool[] Numeric, bool Structured = false, TextRankClause? Lead = null)
{
    /// <summary>
    /// Plain: no section label, no objective clause and at most <paramref name="maxSentences"/> sentences (a short
    /// unframed abstract, whose first sentence usually names the topic).
    /// </summary>
    public bool IsPlain(int maxSentences) => Lead is not null && Sentences.Count - Fields <= maxSentences;

    /// <summary>
    /// How many of the last <see cref="Sentences"/> are a journal page's fields (key words, a grant): empty texts
    /// whose words vote in the graph but which are never chosen.
    /// </summary>
    public int Fields { get; init; }
}
