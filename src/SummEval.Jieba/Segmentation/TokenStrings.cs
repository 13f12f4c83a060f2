namespace SummEval.Jieba.Segmentation;

/// <summary>
/// Materialises tokens as strings; one-character tokens (most of them) come from a shared table so they
/// are allocated once per process rather than once per occurrence.
/// </summary>
internal static class TokenStrings
{
    private static readonly string?[] SingleChars = new string?[char.MaxValue + 1];

    public static string Of(string text, int start, int length)
    {
        if (length == 1)
        {
            var c = text[start];
            // A benign race: two threads may both create the string; either copy is equal.
            return SingleChars[c] ??= c.ToString();
        }

        return length == text.Length ? text : text.Substring(start, length);
    }
}
