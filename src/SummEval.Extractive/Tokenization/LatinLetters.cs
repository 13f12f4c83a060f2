namespace SummEval.Extractive.Tokenization;

/// <summary>
/// The letters of a Latin-script word: ASCII, the accented letters of Latin-1 and Latin Extended-A/B (é, ö, ß, ł) and
/// combining accents. jieba keeps ASCII runs whole but cuts a word at each other letter (<c>Schr|ö|dinger</c>), so a
/// summarizer asks this, not <see cref="char.IsAsciiLetter(char)"/>, where a word may go on across a token boundary.
/// </summary>
public static class LatinLetters
{
    /// <summary>True for a letter of a Latin word; false for × and ÷, which Latin-1 puts among its letters.</summary>
    public static bool IsLetter(char c) =>
        char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7') || c is >= '\u0300' and <= '\u036F';

    /// <summary>True for a letter of a Latin word or an ASCII digit: what a word that goes on across a cut is made of.</summary>
    public static bool IsLetterOrDigit(char c) => char.IsAsciiDigit(c) || IsLetter(c);

    /// <summary>
    /// True when a cut of <paramref name="text"/> at <paramref name="end"/> falls inside a Latin word (a letter or digit of
    /// one on each side, <c>Schrö|dinger</c>): a token boundary there is jieba's, not the word's.
    /// </summary>
    public static bool SplitsWord(ReadOnlySpan<char> text, int end) =>
        end > 0 && end < text.Length && IsLetterOrDigit(text[end - 1]) && IsLetterOrDigit(text[end]);
}
