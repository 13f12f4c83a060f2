using SummEval.Extractive.Oracles;

namespace SummEval.Extractive.Selection;

/// <summary>
/// Whether a selection says one thing twice: one chosen piece repeats at least a share of another (character LCS over
/// the shorter piece, letters and digits), as <c>一套模糊滑模变结构控制器</c> and <c>滑模变结构控制器将负载作为干扰项</c> do.
/// </summary>
internal static class RepeatedPieces
{
    /// <summary>
    /// True when two of the <paramref name="chosen"/> pieces share an LCS of at least <paramref name="share"/> × the shorter
    /// one's length; never when <paramref name="share"/> is null (the check is off).
    /// </summary>
    internal static bool Any(IReadOnlyList<string> pieces, int[] chosen, double? share) => FirstPair(pieces, chosen, share) is not null;

    /// <summary>
    /// The first two of the <paramref name="chosen"/> pieces (indices into <paramref name="pieces"/>, in the order chosen) that
    /// share such an LCS; null when none do or <paramref name="share"/> is null.
    /// </summary>
    internal static (int First, int Second)? FirstPair(IReadOnlyList<string> pieces, int[] chosen, double? share)
    {
        if (share is not { } limit || chosen.Length < 2)
        {
            return null;
        }

        var units = new int[chosen.Length][];
        for (var i = 0; i < chosen.Length; i++)
        {
            units[i] = Lcs.Units(pieces[chosen[i]]);
        }

        for (var a = 0; a < units.Length; a++)
        {
            for (var b = a + 1; b < units.Length; b++)
            {
                var shorter = Math.Min(units[a].Length, units[b].Length);
                if (shorter > 0 && Lcs.Length(units[a], units[b]) >= limit * shorter)
                {
                    return (chosen[a], chosen[b]);
                }
            }
        }

        return null;
    }
}
