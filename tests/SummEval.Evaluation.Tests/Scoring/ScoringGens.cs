using CsCheck;

namespace SummEval.Evaluation.Tests.Scoring;

/// <summary>
/// Generators for scoring property tests, and a deterministic sampler: every run draws the same inputs from a
/// fixed PCG seed, so a property can never fail on CI by chance (a failure names the iteration to replay).
/// </summary>
internal static class ScoringGens
{
    /// <summary>CJK, repeated characters, ASCII of both cases, digits, punctuation, whitespace, a non-BMP ideograph, an emoji.</summary>
    public const string Alphabet = "的的的模型方法研究基于网络学习数据系统中文本摘要AaBbCcXx0123.,，。%- \t\u3000\u00A0\n\n𠮷😀";

    /// <summary>Texts over <paramref name="alphabet"/> (surrogate pairs kept whole).</summary>
    public static Gen<string> Text(string alphabet, int maxLength)
    {
        var pieces = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
        var list = new List<string>();
        while (pieces.MoveNext())
        {
            list.Add((string)pieces.Current);
        }

        var elements = list.ToArray();
        return Gen.Int[0, elements.Length - 1].Select(i => elements[i]).Array[0, maxLength].Select(string.Concat);
    }

    public static Gen<string> Text(int maxLength = 40) => Text(Alphabet, maxLength);

    /// <summary>Runs <paramref name="assert"/> on <paramref name="iterations"/> values drawn from a fixed seed.</summary>
    public static void Sample<T>(Gen<T> gen, Action<T> assert, ulong seed, int iterations = 500)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < iterations; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"property failed at iteration {i} (seed {seed}) for input {Describe(value)}: {ex.Message}", ex);
            }
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        System.Runtime.CompilerServices.ITuple tuple => "(" + string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => Describe(tuple[i]))) + ")",
        string s => System.Text.Json.JsonSerializer.Serialize(s),
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        _ => value?.ToString() ?? "null",
    };
}
