using System.Text;
using SummEval.Tokenization;

namespace SummEval.Extractive.Tokenization;

/// <summary>
/// A dictionary-free tokenizer: ASCII letter/digit runs become lower-cased words and each run of CJK characters
/// becomes its overlapping character bigrams (single characters for one-character runs). Used where no word
/// segmenter is supplied, and in tests.
/// </summary>
public sealed class CjkBigramTokenizer : ITextTokenizer
{
    /// <summary>The shared instance (the tokenizer is stateless).</summary>
    public static CjkBigramTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "cjk-bigram";

    /// <inheritdoc />
    public IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var runes = new List<Rune>();
        var ascii = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && Rune.IsLetterOrDigit(rune))
            {
                FlushCjk(runes, tokens);
                ascii.Append(char.ToLowerInvariant((char)rune.Value));
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                FlushAscii(ascii, tokens);
                runes.Add(rune);
            }
            else
            {
                FlushAscii(ascii, tokens);
                FlushCjk(runes, tokens);
            }
        }

        FlushAscii(ascii, tokens);
        FlushCjk(runes, tokens);
        return tokens;
    }

    private static void FlushAscii(StringBuilder ascii, List<string> tokens)
    {
        if (ascii.Length > 0)
        {
            tokens.Add(ascii.ToString());
            ascii.Clear();
        }
    }

    private static void FlushCjk(List<Rune> runes, List<string> tokens)
    {
        if (runes.Count == 1)
        {
            tokens.Add(runes[0].ToString());
        }

        for (var i = 0; i + 1 < runes.Count; i++)
        {
            tokens.Add(string.Concat(runes[i].ToString(), runes[i + 1].ToString()));
        }

        runes.Clear();
    }
}
