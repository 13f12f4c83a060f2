namespace SummEval.Compressive.Alignment;

/// <summary>
/// Aligns a reference (a title) to its source character by character: a longest common subsequence over code
/// points that, among all longest ones, uses the fewest contiguous source segments.
/// </summary>
public static class ReferenceAligner
{
    // A match is worth more than any number of segment starts (segments never exceed the reference length),
    // so the objective is lexicographic: LCS length first, then fewest fragments.
    private const int MatchWeight = 1 << 16;

    /// <summary>
    /// For each code point of <paramref name="source"/>, whether it belongs to the alignment of
    /// <paramref name="reference"/>. Letters are compared case-insensitively; whitespace in the reference is ignored.
    /// </summary>
    public static bool[] KeptCodePoints(string source, string reference)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(reference);
        var a = Fold(source, keepWhitespace: true);
        var b = Fold(reference, keepWhitespace: false);
        var n = a.Length;
        var m = b.Length;
        var kept = new bool[n];
        if (n == 0 || m == 0)
        {
            return kept;
        }

        // open / continuing [i, j]: best score aligning a[i..] with b[j..] when a[i-1] was not / was matched.
        var width = m + 1;
        var open = new int[(n + 1) * width];
        var continuing = new int[(n + 1) * width];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var at = (i * width) + j;
                var skipSource = open[((i + 1) * width) + j];
                var bestOpen = Math.Max(skipSource, open[at + 1]);
                var bestContinuing = Math.Max(skipSource, continuing[at + 1]);
                if (a[i] == b[j])
                {
                    var match = MatchWeight + continuing[((i + 1) * width) + j + 1];
                    bestOpen = Math.Max(bestOpen, match - 1);
                    bestContinuing = Math.Max(bestContinuing, match);
                }

                open[at] = bestOpen;
                continuing[at] = bestContinuing;
            }
        }

        // Walk forwards, preferring a match, then skipping the source character, then the title character
        // (ties resolved the same way every time, so labels are deterministic).
        int x = 0, y = 0;
        var inSegment = false;
        while (x < n && y < m)
        {
            var table = inSegment ? continuing : open;
            var at = (x * width) + y;
            if (a[x] == b[y] && table[at] == MatchWeight - (inSegment ? 0 : 1) + continuing[at + width + 1])
            {
                kept[x] = true;
                x++;
                y++;
                inSegment = true;
            }
            else if (table[at] == open[at + width])
            {
                x++;
                inSegment = false;
            }
            else
            {
                y++;
            }
        }

        return kept;
    }

    private static int[] Fold(string text, bool keepWhitespace)
    {
        var result = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!keepWhitespace && System.Text.Rune.IsWhiteSpace(rune))
            {
                continue;
            }

            // Whitespace in the source never matches (the reference has none left), but keeps its position.
            result.Add(System.Text.Rune.IsWhiteSpace(rune) ? -1 : System.Text.Rune.ToLowerInvariant(rune).Value);
        }

        return [.. result];
    }
}
