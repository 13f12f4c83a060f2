using SummEval.Tokenization;

namespace SummEval.Scoring;

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
#pragma warning restore SA1401, CA1051

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
