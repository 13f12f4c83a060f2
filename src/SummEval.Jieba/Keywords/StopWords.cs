namespace SummEval.Jieba.Keywords;

/// <summary>jieba.analyse's built-in stop words (<c>KeywordExtractor.STOP_WORDS</c>), compared lower-cased.</summary>
public static class StopWords
{
    /// <summary>The default set.</summary>
    public static IReadOnlySet<string> Default { get; } = new HashSet<string>(
    [
        "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are",
        "by", "be", "as", "on", "with", "can", "if", "from", "which", "you", "it",
        "this", "then", "at", "have", "all", "not", "one", "has", "or",
    ], StringComparer.Ordinal);

    /// <summary>The default set plus the lines of a UTF-8 file, as <c>set_stop_words</c>.</summary>
    public static IReadOnlySet<string> WithFile(string path)
    {
        var set = new HashSet<string>(Default, StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            set.Add(line);
        }

        return set;
    }

    /// <summary>jieba's candidate test: at least two characters after <c>strip()</c> and not a stop word.</summary>
    internal static bool IsCandidate(string word, IReadOnlySet<string> stopWords) =>
        PythonStrip(word) >= 2 && !stopWords.Contains(word.ToLowerInvariant());

    private static int PythonStrip(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && Segmentation.CharClasses.IsPythonSpace(word[start]))
        {
            start++;
        }

        while (end > start && Segmentation.CharClasses.IsPythonSpace(word[end - 1]))
        {
            end--;
        }

        // Python's len counts code points.
        var length = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLowSurrogate(word[i]) || i == start || !char.IsHighSurrogate(word[i - 1]))
            {
                length++;
            }
        }

        return length;
    }
}
