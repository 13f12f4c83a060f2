using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SummEval.Metrics;

/// <summary>
/// ROUGE-1 and ROUGE-2 hits and the LCS length in one pass over the candidate, for a reference of at most 64 tokens
/// (every CSL title): each candidate token's match positions in the reference form one 64-bit mask, found with
/// vector compares. Clipped n-gram hits come from consuming the lowest unused matching position (each candidate
/// occurrence uses up one reference occurrence, which is Σ min(count) exactly); the LCS is Hyyrö's bit-vector
/// recurrence.
/// </summary>
internal static class BitParallelOverlap
{
    /// <summary>Longest reference this handles.</summary>
    public const int MaxReference = 64;

    /// <summary>
    /// Counts for <paramref name="reference"/> (≤ 64 tokens) against <paramref name="candidate"/>;
    /// <paramref name="padded"/> is scratch space.
    /// </summary>
    public static (int Unigrams, int Bigrams, int Lcs) Count(ReadOnlySpan<int> reference, ReadOnlySpan<int> candidate, ref int[] padded)
    {
        var m = reference.Length;
        if (m == 0 || candidate.Length == 0)
        {
            return (0, 0, 0);
        }

        // Pad to whole vectors with -1, which no token id equals, so the compare loop has no scalar tail.
        var blocks = (m + 7) / 8;
        NGramOverlap.EnsureCapacity(ref padded, blocks * 8);
        var a = padded.AsSpan(0, blocks * 8);
        reference.CopyTo(a);
        a[m..].Fill(-1);

        ulong usedUnigrams = 0, usedBigrams = 0, previous = 0, v = ulong.MaxValue;
        int unigrams = 0, bigrams = 0;
        foreach (var token in candidate)
        {
            var match = MatchMask(a, blocks, token);
            var free = match & ~usedUnigrams;
            if (free != 0)
            {
                usedUnigrams |= free & (0 - free);
                unigrams++;
            }

            // Bit i: reference bigram (i, i+1) equals the candidate bigram (previous token, this token).
            var bigram = previous & (match >> 1) & ~usedBigrams;
            if (bigram != 0)
            {
                usedBigrams |= bigram & (0 - bigram);
                bigrams++;
            }

            previous = match;
            var u = v & match;
            v = (v + u) | (v - u);
        }

        var lengthMask = m == 64 ? ulong.MaxValue : (1UL << m) - 1;
        return (unigrams, bigrams, BitOperations.PopCount(~v & lengthMask));
    }

    /// <summary>LCS length of a reference of at most 64 tokens and any candidate.</summary>
    public static int Lcs(ReadOnlySpan<int> reference, ReadOnlySpan<int> candidate, ref int[] padded) =>
        Count(reference, candidate, ref padded).Lcs;

    private static ulong MatchMask(Span<int> padded, int blocks, int token)
    {
        ulong mask = 0;
        ref var start = ref MemoryMarshal.GetReference(padded);
        if (Vector256.IsHardwareAccelerated)
        {
            var needle = Vector256.Create(token);
            for (var b = 0; b < blocks; b++)
            {
                var equal = Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)(b * 8)), needle);
                mask |= (ulong)equal.ExtractMostSignificantBits() << (b * 8);
            }

            return mask;
        }

        for (var i = 0; i < blocks * 8; i++)
        {
            if (padded[i] == token)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }
}
