namespace SummEval.Tokenization;

/// <summary>
/// Splits one line of text into tokens. Word-level ROUGE and the extractive summarizers take any
/// implementation; Jieba's segmenter is the standard one for Chinese.
/// </summary>
public interface ITextTokenizer
{
    /// <summary>A short name used in reports, e.g. <c>char</c> or <c>jieba</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The tokens of <paramref name="text"/> in order. Implementations may return whitespace tokens;
    /// callers that need them dropped do so themselves.
    /// </summary>
    IReadOnlyList<string> Tokenize(string text);
}
