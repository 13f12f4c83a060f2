namespace SummEval.Extractive.Normalization;

/// <summary>
/// Brackets and quotes as every summarizer pairs them (ASCII, Chinese and full-width forms; the straight ASCII quote,
/// which opens and closes alike, is not among them): the same pairs decide where an extractive cut may fall and which
/// marks a compressed summary must keep together.
/// </summary>
public static class Brackets
{
    /// <summary>Opening brackets and quotes; the closer of <c>Openers[i]</c> is <c>Closers[i]</c>.</summary>
    public const string Openers = "([{（【〔［｛《〈「『“‘";

    /// <summary>Closing brackets and quotes, in the order of <see cref="Openers"/>.</summary>
    public const string Closers = ")]}）】〕］｝》〉」』”’";

    /// <summary>Whether <paramref name="c"/> opens a pair.</summary>
    public static bool IsOpening(char c) => Openers.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="c"/> closes a pair.</summary>
    public static bool IsClosing(char c) => Closers.Contains(c, StringComparison.Ordinal);

    /// <summary>The opener <paramref name="closer"/> pairs with, or <c>'\0'</c> when it closes none.</summary>
    public static char OpenerOf(char closer)
    {
        var i = Closers.IndexOf(closer, StringComparison.Ordinal);
        return i < 0 ? '\0' : Openers[i];
    }
}
