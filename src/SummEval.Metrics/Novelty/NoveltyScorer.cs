using SummEval.Tokenization;

namespace SummEval.Metrics;

/// <summary>
/// Scores a summary against its source text (not the references): extractiveness, novel n-grams, repetition. Tokens
/// are ROUGE's at the same level (<see cref="RougeOptions.Tokenizer"/>: null for characters, e.g. Jieba for words),
/// lines concatenated. Thread-safe: scratch buffers are per thread.
/// </summary>
public static class NoveltyScorer
{
    [ThreadStatic]
    private static Workspace? current;

    /// <summary>The scores of <paramref name="summary"/> against <paramref name="source"/>.</summary>
    public static NoveltyScores Score(string summary, string source, ITextTokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(source);
        var ws = current ??= new Workspace();
        ws.Ids.Clear();
        Tokenize(summary, tokenizer, ws, ws.Summary);
        Tokenize(source, tokenizer, ws, ws.Source);
        return ScoreTokens(ws.Summary.Tokens, ws.Source.Tokens, ws.Fragments);
    }

    /// <summary>The scores of already tokenized texts (token ids).</summary>
    public static NoveltyScores ScoreTokens(ReadOnlySpan<int> summary, ReadOnlySpan<int> source) =>
        ScoreTokens(summary, source, []);

    /// <summary>
    /// The UTF-16 ranges (start, length) of the summary's novel characters: maximal runs of non-whitespace code points
    /// whose character-level token (A-Z folded) occurs nowhere in the source. These are exactly the novel unigrams at
    /// character level; whitespace is never marked.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> NovelCharacters(string summary, string source)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(source);
        var known = new HashSet<int>();
        var tokens = new TokenLines();
        RougeTokenizer.Characters(source, tokens);
        foreach (var t in tokens.Tokens)
        {
            known.Add(t);
        }

        var ranges = new List<(int, int)>();
        var runStart = -1;
        for (var i = 0; i < summary.Length; i++)
        {
            var width = char.IsSurrogatePair(summary, i) ? 2 : 1;
            var novel = !char.IsWhiteSpace(summary, i) && !known.Contains(Token(summary, i, width));
            if (novel && runStart < 0)
            {
                runStart = i;
            }
            else if (!novel && runStart >= 0)
            {
                ranges.Add((runStart, i - runStart));
                runStart = -1;
            }

            i += width - 1;
        }

        if (runStart >= 0)
        {
            ranges.Add((runStart, summary.Length - runStart));
        }

        return ranges;
    }

    private static int Token(string text, int index, int width)
    {
        if (width == 2)
        {
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }

        int c = text[index];
        return c is >= 'A' and <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static NoveltyScores ScoreTokens(ReadOnlySpan<int> summary, ReadOnlySpan<int> source, List<ExtractiveFragment> fragments)
    {
        if (summary.Length == 0)
        {
            return NoveltyScores.Zero;
        }

        ExtractiveFragments.Greedy(summary, source, fragments);
        Span<double> novel = stackalloc double[NovelNgrams.MaxN];
        NovelNgrams.Shares(summary, source, novel);
        return new NoveltyScores(
            ExtractiveFragments.Measure(fragments, summary.Length, source.Length),
            novel[0],
            novel[1],
            novel[2],
            NovelNgrams.Repetition(summary));
    }

    private static void Tokenize(string text, ITextTokenizer? tokenizer, Workspace ws, TokenLines into)
    {
        if (tokenizer is null)
        {
            RougeTokenizer.Characters(text, into);
        }
        else
        {
            RougeTokenizer.Words(text, tokenizer, ws.Ids, into);
        }
    }

    private sealed class Workspace
    {
        public TokenLines Summary { get; } = new();

        public TokenLines Source { get; } = new();

        public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

        public List<ExtractiveFragment> Fragments { get; } = [];
    }
}
