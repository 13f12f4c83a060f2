namespace SummEval.Extractive.Sentences;

/// <summary>
/// Splits a sentence into clauses at commas, semicolons, colons and enumeration marks outside brackets; the
/// delimiter is dropped and a final terminator (。.!?) is removed, so clauses read as title fragments.
/// </summary>
public static class ClauseSplitter
{
    /// <summary>Splits <paramref name="sentence"/> into trimmed, non-empty clauses in source order.</summary>
    public static IReadOnlyList<string> Split(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var result = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            if (c is '（' or '(' or '“' or '「' or '《' or '[' or '【')
            {
                depth++;
            }
            else if (c is '）' or ')' or '”' or '」' or '》' or ']' or '】')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && IsDelimiter(sentence, i))
            {
                Add(sentence, start, i, result);
                start = i + 1;
            }
        }

        Add(sentence, start, sentence.Length, result);
        return result;
    }

    private static bool IsDelimiter(string s, int i)
    {
        var c = s[i];
        if (c is '，' or '；' or '：' or ';' or '。' or '！' or '？' or '!' or '?')
        {
            return true;
        }

        // An ASCII comma or colon between digits is a number (1,000) or a ratio (1:2), not a clause boundary.
        if (c is ',' or ':' or '.')
        {
            var prevDigit = i > 0 && char.IsAsciiDigit(s[i - 1]);
            var nextDigit = i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]);
            if (c == '.')
            {
                return i == s.Length - 1 || (!prevDigit && !char.IsAsciiLetter(s[i + 1]) && !nextDigit && !char.IsAscii(s[i + 1]));
            }

            return !(prevDigit && nextDigit);
        }

        return false;
    }

    private static void Add(string s, int start, int end, List<string> result)
    {
        var span = s.AsSpan(start, end - start).Trim();
        if (!span.IsEmpty)
        {
            result.Add(span.ToString());
        }
    }
}
