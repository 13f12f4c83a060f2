using SummEval.Tokenization;

namespace SummEval.Metrics;

/// <summary>
/// Per-thread scratch buffers of <see cref="RougeScorer"/>, so scoring a pair allocates nothing but its result.
/// Buffers only grow; a long text leaves them larger for the next call.
/// </summary>
internal sealed class RougeWorkspace
{
    [ThreadStatic]
    private static RougeWorkspace? current;

    public static RougeWorkspace Current => current ??= new RougeWorkspace();

    public TokenLines Candidate { get; } = new();

    public TokenLines Reference { get; } = new();

    /// <summary>Word ids of the current call (character level needs none: the code point is the id).</summary>
    public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

#pragma warning disable SA1401, CA1051 // scratch arrays are passed by ref so they can grow in place
    public int[] CandidateUnigrams = new int[64];
    public long[] CandidateBigrams = new long[64];
    public int[] ReferenceUnigrams = new int[64];
    public long[] ReferenceBigrams = new long[64];
    public int[] Row = new int[64];
    public int[] Table = new int[1024];
    public bool[] Marks = new bool[64];
    public int[] Marked = new int[64];
    public int[] Padded = new int[64];
#pragma warning restore SA1401, CA1051

    private bool unigramsSorted;
    private bool bigramsSorted;

    /// <summary>Forgets the sorted n-grams of the previous candidate.</summary>
    public void CandidateChanged()
    {
        unigramsSorted = false;
        bigramsSorted = false;
    }

    /// <summary>The current candidate's tokens sorted, computed on first use.</summary>
    public ReadOnlySpan<int> CandidateSortedUnigrams()
    {
        if (!unigramsSorted)
        {
            NGramOverlap.SortedUnigrams(Candidate.Tokens, ref CandidateUnigrams);
            unigramsSorted = true;
        }

        return CandidateUnigrams.AsSpan(0, Candidate.Count);
    }

    /// <summary>The current candidate's packed bigrams sorted, computed on first use.</summary>
    public ReadOnlySpan<long> CandidateSortedBigrams()
    {
        if (!bigramsSorted)
        {
            NGramOverlap.SortedBigrams(Candidate.Tokens, ref CandidateBigrams);
            bigramsSorted = true;
        }

        return CandidateBigrams.AsSpan(0, Math.Max(0, Candidate.Count - 1));
    }

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="into"/> at the level <paramref name="tokenizer"/> gives.</summary>
    public void Tokenize(string text, ITextTokenizer? tokenizer, TokenLines into)
    {
        if (tokenizer is null)
        {
            RougeTokenizer.Characters(text, into);
        }
        else
        {
            RougeTokenizer.Words(text, tokenizer, Ids, into);
        }
    }
}
