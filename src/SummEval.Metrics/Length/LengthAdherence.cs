namespace SummEval.Metrics;

/// <summary>Length statistics of summaries against a character budget (lengths in Unicode code points).</summary>
public static class LengthAdherence
{
    /// <summary>
    /// Computes <see cref="LengthStats"/> of <paramref name="chars"/>. With no budget, or no summaries, adherence is 1
    /// (nothing violates) and the overshoot 0; the length figures of an empty list are 0. Empty summaries count as
    /// within budget and as <see cref="LengthStats.Empty"/>.
    /// </summary>
    public static LengthStats Compute(IReadOnlyList<int> chars, int? maxChars) => Compute(chars, maxChars, null);

    /// <summary>
    /// <see cref="Compute(IReadOnlyList{int}, int?)"/> where <paramref name="failed"/> marks documents with no summary (the
    /// summarizer failed): under a budget each counts as a violation, not as an empty summary within it; its length
    /// (0) still counts in the length figures, and not in the overshoot.
    /// </summary>
    public static LengthStats Compute(IReadOnlyList<int> chars, int? maxChars, IReadOnlyList<bool>? failed)
    {
        ArgumentNullException.ThrowIfNull(chars);
        if (failed is not null && failed.Count != chars.Count)
        {
            throw new ArgumentException($"{failed.Count} failure flags for {chars.Count} lengths.", nameof(failed));
        }

        if (maxChars is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxChars), maxChars, "the budget cannot be negative.");
        }

        var n = chars.Count;
        if (n == 0)
        {
            return new LengthStats(maxChars, 1, 0, 0, 0, 0, 0);
        }

        var sorted = new double[n];
        long sum = 0, overshoot = 0;
        int empty = 0, violators = 0, failures = 0;
        for (var i = 0; i < n; i++)
        {
            var c = chars[i];
            if (c < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(chars), c, $"length {i} is negative.");
            }

            sorted[i] = c;
            sum += c;
            if (c == 0)
            {
                empty++;
            }

            if (maxChars is { } max && c > max)
            {
                violators++;
                overshoot += c - max;
            }
            else if (maxChars is not null && failed is not null && failed[i])
            {
                violators++;
                failures++;
            }
        }

        Array.Sort(sorted);
        return new LengthStats(
            maxChars,
            Adherence: (double)(n - violators) / n,
            MeanChars: (double)sum / n,
            MedianChars: Percentile.OfSorted(sorted, 0.5),
            P95Chars: Percentile.OfSorted(sorted, 0.95),
            MeanOvershoot: violators == failures ? 0 : (double)overshoot / (violators - failures),
            Empty: empty);
    }
}
