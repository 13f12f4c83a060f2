namespace SummEval.Compressive.Decoding;

/// <summary>
/// The letters of a Latin-script word: ASCII, the accented letters of Latin-1 and Latin Extended-A/B (é, ö, ß, ł) and
/// combining accents. jieba keeps ASCII runs whole but cuts a word at each other letter (<c>Schr|ö|dinger</c>), so the
/// decoder asks this, not <see cref="char.IsAsciiLetter"/>, where a word may go on across a cut.
/// </summary>
internal static class LatinLetters
{
    /// <summary>True for a letter of a Latin word; false for × and ÷, which Latin-1 puts among its letters.</summary>
    internal static bool IsLetter(char c) =>
        char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7') || c is >= '\u0300' and <= '\u036F';

    /// <summary>True for a letter of a Latin word or an ASCII digit: what a word that goes on across a cut is made of.</summary>
    internal static bool IsLetterOrDigit(char c) => char.IsAsciiDigit(c) || IsLetter(c);
}
