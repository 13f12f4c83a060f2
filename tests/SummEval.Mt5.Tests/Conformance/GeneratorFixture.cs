using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;

namespace SummEval.Mt5.Tests.Conformance;

/// <summary>One generator per decoder layout over the tiny model, opened once for all tests of a class.</summary>
public sealed class GeneratorFixture : IDisposable
{
    private readonly Dictionary<DecoderLayout, Mt5Generator> _generators = [];

    public Mt5Generator this[DecoderLayout layout]
    {
        get
        {
            lock (_generators)
            {
                if (!_generators.TryGetValue(layout, out var g))
                {
                    g = Mt5Generator.Open(Mt5Tiny.Folder, new Mt5GeneratorOptions { Layout = layout, IntraOpThreads = 1, MaxInputTokens = 128 });
                    _generators[layout] = g;
                }

                return g;
            }
        }
    }

    public void Dispose()
    {
        foreach (var g in _generators.Values)
        {
            g.Dispose();
        }
    }
}
