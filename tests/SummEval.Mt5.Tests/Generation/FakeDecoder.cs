using SummEval.Mt5.Generation;

namespace SummEval.Mt5.Tests.Generation;

/// <summary>
/// A decoder whose logits are a pure function of (document seed, the row's sequence so far), so searches can be
/// checked without a model, including that beam reordering keeps each row's history.
/// </summary>
public sealed class FakeDecoder(int vocab, IReadOnlyList<int> documentSeeds, int rowsPerDocument) : IStepDecoder
{
    private List<long>[] _history = [];
    private float[] _logits = [];

    public int VocabSize => vocab;

    public int Steps { get; private set; }

    public ReadOnlySpan<float> First(ReadOnlySpan<long> startTokens)
    {
        _history = startTokens.ToArray().Select(t => new List<long> { t }).ToArray();
        return Compute();
    }

    public ReadOnlySpan<float> Next(ReadOnlySpan<long> tokens, ReadOnlySpan<int> origins)
    {
        var next = new List<long>[_history.Length];
        for (var r = 0; r < next.Length; r++)
        {
            next[r] = [.. _history[origins[r]], tokens[r]];
        }

        _history = next;
        return Compute();
    }

    private ReadOnlySpan<float> Compute()
    {
        Steps++;
        _logits = new float[_history.Length * vocab];
        for (var r = 0; r < _history.Length; r++)
        {
            var hash = (ulong)documentSeeds[r / rowsPerDocument] * 0x9E3779B97F4A7C15UL;
            foreach (var t in _history[r])
            {
                hash = (hash ^ (ulong)t) * 0xBF58476D1CE4E5B9UL;
                hash ^= hash >> 31;
            }

            var random = new Random((int)(hash & 0x7FFFFFFF));
            for (var t = 0; t < vocab; t++)
            {
                _logits[(r * vocab) + t] = (float)(random.NextDouble() * 6.0);
            }
        }

        return _logits;
    }
}
