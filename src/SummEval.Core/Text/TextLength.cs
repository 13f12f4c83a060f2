using System.Text;

namespace SummEval.Text;

/// <summary>
/// The one definition of "characters" used everywhere in SummEval: Unicode code points (scalar values),
/// the same as Python's <c>len(str)</c>. A surrogate pair such as 𠮷 is one character; so is every CJK
/// ideograph, ASCII letter, digit, punctuation mark and whitespace character.
/// </summary>
public static class TextLength
{
    /// <summary>Number of code points in <paramref name="text"/>.</summary>
    public static int Chars(ReadOnlySpan<char> text)
    {
        // Each surrogate pair is two UTF-16 units but one code point; lone surrogates count as one each.
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>Number of code points in <paramref name="text"/>.</summary>
    public static int Chars(string? text) => text is null ? 0 : Chars(text.AsSpan());

    /// <summary>
    /// The longest prefix of <paramref name="text"/> with at most <paramref name="maxChars"/> code points,
    /// never splitting a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        var end = PrefixLength(text, maxChars);
        return end == text.Length ? text : text[..end];
    }

    /// <summary>UTF-16 length of the prefix holding the first <paramref name="maxChars"/> code points.</summary>
    public static int PrefixLength(ReadOnlySpan<char> text, int maxChars)
    {
        var i = 0;
        var chars = 0;
        while (i < text.Length && chars < maxChars)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            chars++;
        }

        return i;
    }

    /// <summary>True when <paramref name="text"/> fits the budget; a null budget always fits.</summary>
    public static bool Fits(string text, int? maxChars) => maxChars is null || Chars(text) <= maxChars.Value;

    /// <summary>Enumerates the code points of <paramref name="text"/> as <see cref="Rune"/>s (invalid surrogates become U+FFFD).</summary>
    public static StringRuneEnumerator Runes(string text) => text.EnumerateRunes();
}
