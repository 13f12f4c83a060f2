namespace SummEval.Compressive.Alignment;

/// <summary>Turns character alignment into per-word keep labels.</summary>
public static class WordLabeler
{
    /// <summary>
    /// Labels each word (given by its code-point start and length in the source) kept or dropped from the aligned
    /// code points <paramref name="kept"/>; whitespace-only words are never kept.
    /// </summary>
    public static bool[] Label(IReadOnlyList<(int Start, int Length)> words, bool[] kept, KeepRule rule = KeepRule.Majority)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(kept);
        var labels = new bool[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            var (start, length) = words[w];
            var aligned = 0;
            for (var i = start; i < start + length && i < kept.Length; i++)
            {
                aligned += kept[i] ? 1 : 0;
            }

            labels[w] = length > 0 && rule switch
            {
                KeepRule.Any => aligned > 0,
                KeepRule.All => aligned == length,
                _ => aligned * 2 >= length && aligned > 0,
            };
        }

        return labels;
    }
}
