namespace SummEval.Compressive.Features;

/// <summary>
/// The sub-word units whose keep rates are learned beside the word's own (schema 4): the word's first character, its
/// last character and each of its characters. Field-specific words are mostly unseen in training, but their characters
/// are not (糖尿病, 肾病 and 胃病 share 病; 效率, 产量 and 含量 share the suffix pattern), so these rates transfer where
/// a word lexicon learned on one field cannot.
/// </summary>
public static class SubwordKeys
{
    // One-letter prefixes keep the three kinds apart in one lexicon; words themselves never go into it.
    private const string FirstPrefix = "F";
    private const string LastPrefix = "L";
    private const string CharacterPrefix = "C";

    /// <summary>The key of the word's first character.</summary>
    public static string First(string word) => FirstPrefix + FirstRune(word);

    /// <summary>The key of the word's last character.</summary>
    public static string Last(string word) => LastPrefix + LastRune(word);

    /// <summary>The keys of each of the word's characters, in order (repeats included).</summary>
    public static IEnumerable<string> Characters(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var rune in word.EnumerateRunes())
        {
            yield return CharacterPrefix + rune;
        }
    }

    /// <summary>Every key one labelled occurrence of <paramref name="word"/> counts towards.</summary>
    public static IEnumerable<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            yield break;
        }

        yield return First(word);
        yield return Last(word);
        foreach (var key in Characters(word))
        {
            yield return key;
        }
    }

    private static string FirstRune(string word) => word.Length == 0 ? string.Empty : word.EnumerateRunes().First().ToString();

    private static string LastRune(string word) => word.Length == 0 ? string.Empty : word.EnumerateRunes().Last().ToString();
}
