using SummEval.Tokenization;

namespace SummEval.Metrics;

/// <summary>
/// Turns text into ROUGE token ids. Character level uses the (A-Z folded) code point itself as the id, so no
/// lookup is needed; word level maps each folded word to a dense id shared by candidate and references.
/// </summary>
internal static class RougeTokenizer
{
    /// <summary>Character level: every non-whitespace code point is a token; lines split at '\n' only.</summary>
    public static void Characters(string text, TokenLines into)
    {
        into.Reset(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c == '\n')
            {
                into.EndLine();
                continue;
            }

            if (c < 128)
            {
                // ASCII fast path: ROUGE-1.5.5 folds A-Z only; the ASCII members of char.IsWhiteSpace are
                // space and U+0009-U+000D (not U+001C-U+001F, which Python's isspace adds).
                if (c is >= 'A' and <= 'Z')
                {
                    c += 'a' - 'A';
                }
                else if (c is ' ' or (>= '\t' and <= '\r'))
                {
                    continue;
                }

                into.Add(c);
                continue;
            }

            if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                into.Add(char.ConvertToUtf32((char)c, text[++i]));
                continue;
            }

            // Lone surrogates stay tokens of their own; every whitespace character is in the BMP.
            if (!char.IsWhiteSpace((char)c))
            {
                into.Add(c);
            }
        }

        into.EndLine();
    }

    /// <summary>Word level: <paramref name="tokenizer"/> splits each line; whitespace-only tokens are dropped, A-Z folded.</summary>
    public static void Words(string text, ITextTokenizer tokenizer, Dictionary<string, int> ids, TokenLines into)
    {
        into.Reset(16);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                foreach (var token in tokenizer.Tokenize(text[start..end]))
                {
                    AddWord(token, ids, into);
                }
            }

            into.EndLine();
            start = end + 1;
        }
    }

    /// <summary>Already tokenized lines: whitespace-only tokens dropped, A-Z folded.</summary>
    public static void Tokens(IReadOnlyList<IReadOnlyList<string>> lines, Dictionary<string, int> ids, TokenLines into)
    {
        into.Reset(16);
        foreach (var line in lines)
        {
            foreach (var token in line)
            {
                AddWord(token, ids, into);
            }

            into.EndLine();
        }
    }

    private static void AddWord(string token, Dictionary<string, int> ids, TokenLines into)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return;
        }

        var folded = FoldAscii(token);
        if (!ids.TryGetValue(folded, out var id))
        {
            id = ids.Count;
            ids.Add(folded, id);
        }

        into.Add(id);
    }

    /// <summary>ROUGE-1.5.5's <c>tr/A-Z/a-z/</c>: only ASCII capitals change.</summary>
    internal static string FoldAscii(string token)
    {
        var i = token.AsSpan().IndexOfAnyInRange('A', 'Z');
        if (i < 0)
        {
            return token;
        }

        return string.Create(token.Length, token, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                var c = source[k];
                span[k] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }
        });
    }
}
