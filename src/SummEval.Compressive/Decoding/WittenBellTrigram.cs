namespace SummEval.Compressive.Decoding;

/// <summary>
/// A token trigram language model with interpolated Witten-Bell smoothing, built from trigram counts over sequences
/// padded with two <see cref="Start"/> markers and one <see cref="End"/> marker; the bigram and unigram counts are
/// the trigram counts summed over the oldest context, which are exactly those of the padded sequences.
/// </summary>
internal sealed class WittenBellTrigram
{
    /// <summary>The begin marker (two of them precede every sequence).</summary>
    public const string Start = "<s>";

    /// <summary>The end marker (one follows every sequence).</summary>
    public const string End = "</s>";

    private readonly Dictionary<(string, string, string), int> _trigrams;
    private readonly Dictionary<(string, string), (int Total, int Distinct)> _bigramContexts = [];
    private readonly Dictionary<(string, string), int> _bigrams = [];
    private readonly Dictionary<string, (int Total, int Distinct)> _unigramContexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unigrams = new(StringComparer.Ordinal);
    private readonly int _tokens;
    private readonly double _uniform;

    /// <summary>The model of <paramref name="trigrams"/>; unseen tokens share the mass of a uniform distribution over <paramref name="vocabularySize"/>.</summary>
    public WittenBellTrigram(IReadOnlyDictionary<(string, string, string), int> trigrams, int vocabularySize)
    {
        _trigrams = new Dictionary<(string, string, string), int>(trigrams);
        _uniform = 1.0 / Math.Max(1, vocabularySize);
        foreach (var ((u, v, w), count) in _trigrams)
        {
            _bigramContexts[(u, v)] = _bigramContexts.TryGetValue((u, v), out var c) ? (c.Total + count, c.Distinct + 1) : (count, 1);
            _bigrams[(v, w)] = _bigrams.GetValueOrDefault((v, w)) + count;
            _unigrams[w] = _unigrams.GetValueOrDefault(w) + count;
            _tokens += count;
        }

        foreach (var ((v, _), count) in _bigrams)
        {
            _unigramContexts[v] = _unigramContexts.TryGetValue(v, out var c) ? (c.Total + count, c.Distinct + 1) : (count, 1);
        }
    }

    /// <summary>The trigram counts the model was built from.</summary>
    public IReadOnlyDictionary<(string, string, string), int> Trigrams => _trigrams;

    /// <summary>Every token the model has seen predicted (the end marker included).</summary>
    public IEnumerable<string> Vocabulary => _unigrams.Keys;

    /// <summary>Counts the trigrams of each sequence, padded with the begin and end markers.</summary>
    public static Dictionary<(string, string, string), int> Count(IEnumerable<IReadOnlyList<string>> sequences)
    {
        var counts = new Dictionary<(string, string, string), int>();
        foreach (var sequence in sequences)
        {
            string u = Start, v = Start;
            for (var i = 0; i <= sequence.Count; i++)
            {
                var w = i < sequence.Count ? sequence[i] : End;
                counts[(u, v, w)] = counts.GetValueOrDefault((u, v, w)) + 1;
                (u, v) = (v, w);
            }
        }

        return counts;
    }

    /// <summary>P(<paramref name="w"/> | <paramref name="u"/> <paramref name="v"/>), interpolated down to a uniform distribution.</summary>
    public double Probability(string u, string v, string w)
    {
        // Witten-Bell: each order keeps c(h, w) / (c(h) + T(h)) and passes T(h) / (c(h) + T(h)) to the lower order,
        // where T(h) is the number of distinct tokens seen after h.
        var unigram = (_unigrams.GetValueOrDefault(w) + (_unigrams.Count * _uniform)) / (_tokens + _unigrams.Count);
        var bigram = _unigramContexts.TryGetValue(v, out var c1)
            ? (_bigrams.GetValueOrDefault((v, w)) + (c1.Distinct * unigram)) / (c1.Total + c1.Distinct)
            : unigram;
        return _bigramContexts.TryGetValue((u, v), out var c2)
            ? (_trigrams.GetValueOrDefault((u, v, w)) + (c2.Distinct * bigram)) / (c2.Total + c2.Distinct)
            : bigram;
    }
}
