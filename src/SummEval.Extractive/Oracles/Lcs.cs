namespace SummEval.Extractive.Oracles;

/// <summary>Longest common subsequence over Unicode code points, and the ROUGE-L F1 built on it.</summary>
public static class Lcs
{
    /// <summary>Code points of <paramref name="text"/> that count for character ROUGE (letters and digits), lower-cased.</summary>
    public static int[] Units(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Candidate summaries and titles are short: their units gather on the stack and are copied out once, at
        // their count (consensus selection reads every candidate's).
        const int StackUnits = 256;
        var rented = text.Length > StackUnits ? System.Buffers.ArrayPool<int>.Shared.Rent(text.Length) : null;
        Span<int> units = rented is null ? stackalloc int[StackUnits] : rented;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // CJK ideographs (most of a Chinese text) are letters and their own lower case: no rune decoding needed.
            var c = text[i];
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                units[count++] = c;
                continue;
            }

            // Anything else one rune at a time (a surrogate pair, or a lone surrogate read as U+FFFD).
            _ = System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (System.Text.Rune.IsLetterOrDigit(rune))
            {
                units[count++] = System.Text.Rune.ToLowerInvariant(rune).Value;
            }

            i += consumed - 1;
        }

        var result = units[..count].ToArray();
        if (rented is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Length of the LCS of <paramref name="a"/> and <paramref name="b"/> (two-row DP).</summary>
    public static int Length(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        // Summaries and titles are short: their rows fit on the stack, so the many pairwise calls (candidate
        // consensus, cross-validation scoring) allocate nothing.
        const int StackRows = 512;
        var rented = 2 * (b.Length + 1) > StackRows ? System.Buffers.ArrayPool<int>.Shared.Rent(2 * (b.Length + 1)) : null;
        Span<int> rows = rented is null ? stackalloc int[StackRows] : rented;
        try
        {
            var previous = rows[..(b.Length + 1)];
            var current = rows.Slice(b.Length + 1, b.Length + 1);
            previous.Clear();
            current.Clear();
            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Character ROUGE-L F1 (alpha 0.5) of <paramref name="candidate"/> against <paramref name="reference"/>.</summary>
    public static double RougeLF1(string candidate, string reference)
    {
        var c = Units(candidate);
        var r = Units(reference);
        if (c.Length == 0 || r.Length == 0)
        {
            return 0;
        }

        var lcs = Length(c, r);
        if (lcs == 0)
        {
            return 0;
        }

        var precision = (double)lcs / c.Length;
        var recall = (double)lcs / r.Length;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>
    /// One longest common subsequence of <paramref name="source"/> and <paramref name="reference"/>, as the source's
    /// characters (code points) in source order; ties resolved towards the earliest source characters.
    /// </summary>
    public static string Subsequence(string source, string reference)
    {
        var a = source.EnumerateRunes().ToArray();
        var b = reference.EnumerateRunes().ToArray();
        var width = b.Length + 1;

        // suffix[i, j] = LCS length of a[i..] and b[j..]; walking forwards from (0, 0) prefers early matches.
        var suffix = new int[(a.Length + 1) * width];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                suffix[(i * width) + j] = a[i] == b[j]
                    ? suffix[((i + 1) * width) + j + 1] + 1
                    : Math.Max(suffix[((i + 1) * width) + j], suffix[(i * width) + j + 1]);
            }
        }

        var builder = new System.Text.StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y] && suffix[(x * width) + y] == suffix[((x + 1) * width) + y + 1] + 1)
            {
                builder.Append(a[x].ToString());
                x++;
                y++;
            }
            else if (suffix[((x + 1) * width) + y] >= suffix[(x * width) + y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return builder.ToString();
    }
}
