namespace SummEval.Extractive.Normalization;

/// <summary>
/// Chinese characters as the summarizers count them: CJK Unified Ideographs, Extension A and the Compatibility
/// Ideographs (the blocks of the Basic Multilingual Plane).
/// </summary>
public static class HanScript
{
    /// <summary>Whether <paramref name="c"/> is a Chinese character.</summary>
    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Whether <paramref name="text"/> holds a Chinese character.</summary>
    public static bool Contains(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is Chinese characters and nothing else (false when empty).</summary>
    internal static bool IsAll(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsHan(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }
}
