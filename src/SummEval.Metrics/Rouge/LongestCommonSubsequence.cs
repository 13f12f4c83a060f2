namespace SummEval.Metrics;

/// <summary>
/// LCS for ROUGE-L: the length with one rolling row (single-line texts), and the summary-level union hits of
/// ROUGE-1.5.5 (multi-line texts), which needs the table to backtrack.
/// </summary>
internal static class LongestCommonSubsequence
{
    /// <summary>LCS length of <paramref name="a"/> and <paramref name="b"/>; <paramref name="row"/> is scratch space.</summary>
    public static int Length(ReadOnlySpan<int> a, ReadOnlySpan<int> b, ref int[] row)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        NGramOverlap.EnsureCapacity(ref row, b.Length + 1);
        var r = row.AsSpan(0, b.Length + 1);
        r.Clear();
        foreach (var x in a)
        {
            var diagonal = 0;
            for (var j = 1; j < r.Length; j++)
            {
                var above = r[j];
                r[j] = x == b[j - 1] ? diagonal + 1 : Math.Max(above, r[j - 1]);
                diagonal = above;
            }
        }

        return r[^1];
    }

    /// <summary>
    /// ROUGE-1.5.5's summary-level union LCS hits: for each reference line, the union of the LCS positions
    /// against every candidate line; a marked token is a hit while its count remains in both texts, so the
    /// hits are Σ over tokens of min(marked, candidate count).
    /// </summary>
    public static int UnionHits(TokenLines reference, TokenLines candidate, ReadOnlySpan<int> candidateSorted, RougeWorkspace scratch)
    {
        if (reference.Lines == 0 || candidate.Lines == 0)
        {
            return 0;
        }

        if (reference.Lines == 1 && candidate.Lines == 1)
        {
            // One LCS uses each candidate position once, so clipping cannot bite: the hits are its length.
            var a = reference.Line(0);
            var b = candidate.Line(0);
            return a.Length <= BitParallelOverlap.MaxReference ? BitParallelOverlap.Lcs(a, b, ref scratch.Padded)
                : b.Length <= BitParallelOverlap.MaxReference ? BitParallelOverlap.Lcs(b, a, ref scratch.Padded)
                : Length(a, b, ref scratch.Row);
        }

        NGramOverlap.EnsureCapacity(ref scratch.Marked, reference.Count);
        var marked = 0;
        for (var i = 0; i < reference.Lines; i++)
        {
            var line = reference.Line(i);
            NGramOverlap.EnsureCapacity(ref scratch.Marks, line.Length);
            var marks = scratch.Marks.AsSpan(0, line.Length);
            marks.Clear();
            for (var j = 0; j < candidate.Lines; j++)
            {
                Mark(line, candidate.Line(j), marks, ref scratch.Table);
            }

            for (var k = 0; k < line.Length; k++)
            {
                if (marks[k])
                {
                    scratch.Marked[marked++] = line[k];
                }
            }
        }

        var markedTokens = scratch.Marked.AsSpan(0, marked);
        markedTokens.Sort();
        return NGramOverlap.Hits<int>(markedTokens, candidateSorted);
    }

    /// <summary>
    /// Marks in <paramref name="marks"/> the positions of <paramref name="reference"/> on one LCS with
    /// <paramref name="candidate"/>, backtracking as ROUGE-1.5.5 and rouge-score do: a match is taken, otherwise
    /// move left (drop a candidate token) only when strictly better, else up (drop a reference token).
    /// </summary>
    private static void Mark(ReadOnlySpan<int> reference, ReadOnlySpan<int> candidate, Span<bool> marks, ref int[] table)
    {
        int m = reference.Length, n = candidate.Length, w = n + 1;
        NGramOverlap.EnsureCapacity(ref table, (m + 1) * w);
        var t = table.AsSpan(0, (m + 1) * w);
        t[..w].Clear();
        for (var i = 1; i <= m; i++)
        {
            var row = i * w;
            t[row] = 0;
            var x = reference[i - 1];
            for (var j = 1; j <= n; j++)
            {
                t[row + j] = x == candidate[j - 1] ? t[row - w + j - 1] + 1 : Math.Max(t[row - w + j], t[row + j - 1]);
            }
        }

        int a = m, b = n;
        while (a > 0 && b > 0)
        {
            if (reference[a - 1] == candidate[b - 1])
            {
                marks[a - 1] = true;
                a--;
                b--;
            }
            else if (t[(a * w) + b - 1] > t[((a - 1) * w) + b])
            {
                b--;
            }
            else
            {
                a--;
            }
        }
    }
}
