using SummEval.Mt5.Tokenization;
using SummEval.Text;

namespace SummEval.Mt5.Generation;

/// <summary>
/// A character budget enforced inside the search. Each token's visible characters (code points, specials count 0)
/// are known in advance; a row's count is an upper bound of its decoded length (decoding only trims and removes
/// spaces), so masking every token that would push the count over the budget keeps every output within it.
/// When the budget is exactly used up only <c>&lt;/s&gt;</c> remains allowed.
/// </summary>
public sealed class CharacterBudget
{
    private readonly int[] _chars;
    private readonly int[] _charsAtStart;

    /// <summary>Creates a budget of <paramref name="maxChars"/> for a vocabulary of <paramref name="vocabSize"/> ids.</summary>
    public CharacterBudget(Mt5Tokenizer tokenizer, int vocabSize, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        MaxChars = maxChars;
        _chars = new int[vocabSize];
        _charsAtStart = new int[vocabSize];
        for (var id = 0; id < vocabSize; id++)
        {
            var text = tokenizer.VisibleText(id);
            _chars[id] = TextLength.Chars(text);
            _charsAtStart[id] = TextLength.Chars(text.AsSpan().TrimStart());
        }
    }

    public int MaxChars { get; }

    /// <summary>The count after appending <paramref name="token"/> to a row whose count is <paramref name="used"/>.</summary>
    public int After(int used, long token)
    {
        if (token < 0 || token >= _chars.Length)
        {
            return used;
        }

        // Leading whitespace is trimmed by decoding, so it costs nothing until something visible came before it.
        return used + (used == 0 ? _charsAtStart[token] : _chars[token]);
    }

    /// <summary>Sets to -inf every score whose token would exceed the budget; when it is full, forces <paramref name="eosId"/>.</summary>
    public void Mask(Span<float> scores, int used, int eosId, float eosScore)
    {
        var left = MaxChars - used;
        if (left <= 0)
        {
            scores.Fill(float.NegativeInfinity);
            scores[eosId] = float.IsNegativeInfinity(eosScore) ? 0f : eosScore;
            return;
        }

        var costs = used == 0 ? _charsAtStart : _chars;
        var n = Math.Min(scores.Length, costs.Length);
        for (var t = 0; t < n; t++)
        {
            if (costs[t] > left)
            {
                scores[t] = float.NegativeInfinity;
            }
        }
    }
}
