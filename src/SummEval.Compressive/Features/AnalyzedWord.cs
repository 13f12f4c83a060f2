namespace SummEval.Compressive.Features;

/// <summary>One source word as the featurizer sees it: text, part of speech and where it sits.</summary>
/// <param name="Text">The word exactly as in the source.</param>
/// <param name="Flag">jieba's part-of-speech tag.</param>
/// <param name="Start">Offset in the source, in code points.</param>
/// <param name="Length">Length in code points.</param>
/// <param name="Sentence">Index of the sentence holding the word.</param>
/// <param name="IndexInSentence">Position among the sentence's words.</param>
/// <param name="Clause">Index of the clause (split at ，,；;：:) within the sentence.</param>
/// <param name="IndexInClause">Position among the clause's words.</param>
public readonly record struct AnalyzedWord(string Text, string Flag, int Start, int Length, int Sentence, int IndexInSentence, int Clause, int IndexInClause)
{
    /// <summary>True when the word has no letter or digit (punctuation, whitespace, symbols).</summary>
    /// <remarks>By code point: a character beyond the basic plane (the 𠮷 of 𠮷野家) is two UTF-16 units, neither a letter alone.</remarks>
    public bool IsPunctuation
    {
        get
        {
            foreach (var rune in Text.EnumerateRunes())
            {
                if (System.Text.Rune.IsLetterOrDigit(rune))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
