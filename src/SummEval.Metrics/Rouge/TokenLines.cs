namespace SummEval.Metrics;

/// <summary>
/// A reusable buffer holding one text as token ids split into lines; lines without tokens are never stored.
/// Reused across calls (see <see cref="RougeWorkspace"/>) so scoring does not allocate per text.
/// </summary>
internal sealed class TokenLines
{
    private int[] tokens = new int[64];
    private int[] lineStarts = new int[8];

    /// <summary>Number of tokens over all lines.</summary>
    public int Count { get; private set; }

    /// <summary>Number of non-empty lines.</summary>
    public int Lines { get; private set; }

    /// <summary>All tokens, lines concatenated (ROUGE-N runs across line breaks).</summary>
    public ReadOnlySpan<int> Tokens => tokens.AsSpan(0, Count);

    /// <summary>The tokens of line <paramref name="index"/>.</summary>
    public ReadOnlySpan<int> Line(int index) => tokens.AsSpan(lineStarts[index], lineStarts[index + 1] - lineStarts[index]);

    /// <summary>Empties the buffer, making room for at least <paramref name="capacity"/> tokens.</summary>
    public void Reset(int capacity)
    {
        if (tokens.Length < capacity)
        {
            tokens = new int[Math.Max(capacity, tokens.Length * 2)];
        }

        Count = 0;
        Lines = 0;
        lineStarts[0] = 0;
    }

    /// <summary>Appends a token to the open line.</summary>
    public void Add(int id)
    {
        if (Count == tokens.Length)
        {
            Array.Resize(ref tokens, tokens.Length * 2);
        }

        tokens[Count++] = id;
    }

    /// <summary>Closes the open line; a line without tokens is dropped.</summary>
    public void EndLine()
    {
        if (Count == lineStarts[Lines])
        {
            return;
        }

        if (Lines + 2 > lineStarts.Length)
        {
            Array.Resize(ref lineStarts, lineStarts.Length * 2);
        }

        lineStarts[++Lines] = Count;
    }
}
